// Buttons marked data-print open the browser's print dialog (no inline scripts under the Content-Security-Policy).
document.querySelectorAll('[data-print]').forEach(b => b.addEventListener('click', () => window.print()));
