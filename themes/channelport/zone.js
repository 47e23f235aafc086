/* The browser's time zone (issue 10): kept in a cookie so that the server shows dates in it until the person chooses
   a zone in their settings, and offers it there. A file of the app's own, so the Content-Security-Policy lets it run. */
(function () {
    try {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (zone && document.cookie.indexOf('cp-tz=' + encodeURIComponent(zone)) < 0) {
            document.cookie = 'cp-tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax';
        }
    } catch (e) {
        /* a browser without Intl: dates stay in UTC */
    }
})();
