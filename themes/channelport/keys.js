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

/* The bell (issue 10): a click opens the latest notifications in a panel instead of following the link to all of them
   (the link stays for opening in a new tab, and for when the panel is not on the page). */
document.addEventListener('click', function (event) {
    var bell = event.target.closest && event.target.closest('#bell');
    if (!bell || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
        return;
    }
    var panel = window.PrimeFaces && PrimeFaces.widgets && PrimeFaces.widgets.bellPanel;
    if (panel) {
        event.preventDefault();
        panel.toggle();
    }
});

/* Escape closes the bell's panel and gives the focus back to the bell. */
document.addEventListener('keydown', function (event) {
    var panel = window.PrimeFaces && PrimeFaces.widgets && PrimeFaces.widgets.bellPanel;
    if (event.key === 'Escape' && panel && panel.isVisible()) {
        panel.hide();
        var bell = document.getElementById('bell');
        if (bell) {
            bell.focus();
        }
    }
});
