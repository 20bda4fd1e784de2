/**
 * The extension point sector modules implement. A module is a CDI bean implementing {@link
 * org.engagement.core.spi.SectorModule}; everything it adds is described as data (records in this
 * package) that the web module renders. Nothing here names a module.
 */
package org.engagement.core.spi;
