// Shows booking times in the visitor's own time zone. Without JavaScript the practice's zone is shown,
// and the visitor can choose theirs from the list.
(function () {
    var url = new URL(window.location.href);
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (url.searchParams.has("tz") || !zone) {
        return;
    }
    url.searchParams.set("tz", zone);
    window.location.replace(url.toString());
})();
