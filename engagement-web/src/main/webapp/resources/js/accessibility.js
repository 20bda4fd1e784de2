/*
 * Keyboard focus around dialogs, for every page of the layout.
 *
 * PrimeFaces moves focus into a dialog when it opens and back to the element that had it when the dialog closes. But
 * the button that opens a dialog is usually inside a form that the AJAX request re-renders, so the element PrimeFaces
 * remembers has been replaced (or was never known, when the dialog opens after the request), and focus fell to the
 * top of the page. Here focus goes back to the element that now has the id of the last control used outside a
 * dialog, or failing that to the main content: never to nowhere.
 */
(function () {
    if (!window.PrimeFaces || !PrimeFaces.widget || !PrimeFaces.widget.Dialog) {
        return;
    }
    var lastUsedId = null;
    document.addEventListener('focusin', function (event) {
        if (event.target.id && !$(event.target).closest('.ui-dialog').length) {
            lastUsedId = event.target.id;
        }
    });
    function attached(element) {
        return element && element !== document.body && document.body.contains(element) ? element : null;
    }
    PrimeFaces.widget.Dialog.prototype.returnFocus = function () {
        var before = this.focusedElementBeforeDialogOpened;
        if ($('.ui-dialog:visible').length > 0) {
            return;
        }
        PrimeFaces.queueTask(function () {
            var target = attached(before) || (before && before.id && document.getElementById(before.id))
                || (lastUsedId && document.getElementById(lastUsedId)) || document.getElementById('main');
            target.focus();
        }, 100);
    };

    /*
     * PrimeFaces marks the native file input of an unskinned simple p:fileUpload aria-hidden, although it is the very
     * control the user sees and tabs to: a screen reader then cannot name it. Hidden inputs of skinned uploads keep it
     * (they are out of the tab order).
     */
    function unhideNativeFileInputs() {
        document.querySelectorAll('input[type=file][aria-hidden=true]').forEach(function (input) {
            if (input.getAttribute('tabindex') !== '-1' && input.offsetParent !== null) {
                input.removeAttribute('aria-hidden');
            }
        });
    }
    $(unhideNativeFileInputs);
    $(document).on('pfAjaxComplete', unhideNativeFileInputs);

    /*
     * When an AJAX answer refuses a form, focus goes to the first field in error (an open dialog's first), so a keyboard
     * user types the correction straight away: the button pressed has usually been re-rendered, and focus had fallen
     * to the top of the page. The live region in the layout has already said what is wrong.
     */
    /*
     * A field with an error message beside it (a p:message) is marked aria-invalid, so a screen
     * reader says so on the field itself. Bean Validation failures are marked by PrimeFaces already; a service's
     * refusal of a field (FacesErrors) only adds the message, which is enough here.
     */
    var FIELD = 'input:not([type=hidden]):not([type=button]):not([type=submit]), select, textarea';

    /** The field a p:message is about: the one it names, or the last field before it (our forms put it after). */
    function fieldOf(message) {
        var named = message.getAttribute('data-target') && document.getElementById(message.getAttribute('data-target'));
        if (named) {
            return named.matches(FIELD) ? named : named.querySelector(FIELD);
        }
        for (var before = message.previousElementSibling; before; before = before.previousElementSibling) {
            if (before.matches(FIELD)) {
                return before;
            }
            var inside = before.querySelectorAll(FIELD);
            if (inside.length) {
                return inside[inside.length - 1];
            }
        }
        return null;
    }

    function markFieldsInError() {
        document.querySelectorAll('.ui-message.ui-message-error').forEach(function (message) {
            var field = fieldOf(message);
            if (field) {
                field.setAttribute('aria-invalid', 'true');
            }
        });
    }
    $(markFieldsInError);

    function focusFirstFieldInError(event, xhr, settings, args) {
        if (!args || !args.validationFailed) {
            return;
        }
        markFieldsInError();
        var scope = $('.ui-dialog:visible').last();
        var root = scope.length ? scope[0] : document;
        var field = root.querySelector('[aria-invalid=true]');
        if (field && field !== document.activeElement && field.offsetParent !== null) {
            field.focus();
        }
    }
    $(document).on('pfAjaxComplete', focusFirstFieldInError);

    /*
     * PrimeFaces makes a table's first cell a tab stop, for moving about the table with the arrow keys. When that cell
     * holds a link or a button, the cell and the control in it are two targets one inside the other, and the cell's
     * rim around the link is too small to touch (WCAG 2.5.8). The control is the tab stop there; the cell is not.
     */
    function oneTabStopPerCell() {
        document.querySelectorAll('.ui-datatable-data td[tabindex]').forEach(function (cell) {
            if (cell.querySelector('a[href], button, input, select, textarea')) {
                cell.removeAttribute('tabindex');
            }
        });
    }
    $(oneTabStopPerCell);
    $(document).on('pfAjaxComplete', oneTabStopPerCell);
    // PrimeFaces moves the tab stop to the cell a click or focus lands in (a row's button that opens a confirmation,
    // say); take it off again once PrimeFaces' own handler has run.
    $(document).on('click focusin', '.ui-datatable-data td', function () {
        setTimeout(oneTabStopPerCell, 0);
    });
})();
