/** The home page: what each role needs today, as figures that open the lists behind them. */
package org.engagement.web.home;
