// The evidence sheet's print button, as a script file rather than an inline handler (the Content-Security-Policy
// allows no inline scripts without PrimeFaces' nonce).
document.addEventListener('click', function (event) {
    if (event.target && event.target.getAttribute('data-print') === 'true') {
        window.print();
    }
});
