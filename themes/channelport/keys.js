/* Keyboard shortcuts of every page: "/" puts the cursor in the top bar's search box (issue 10), unless the person is
   typing somewhere already. A file of the app's own, so the Content-Security-Policy lets it run. */
document.addEventListener('keydown', function (event) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) {
        return;
    }
    var active = document.activeElement;
    var typing = active && (active.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName));
    var search = document.getElementById('search');
    if (!typing && search) {
        event.preventDefault();
        search.focus();
        search.select();
    }
});
