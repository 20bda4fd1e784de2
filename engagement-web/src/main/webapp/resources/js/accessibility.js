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
})();
