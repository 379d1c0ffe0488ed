/* Small progressive enhancement: suggestions as you type, and reading a summary aloud.
   Every page works without it. */
(function () {
  "use strict";
  // The message an action produced takes the focus (and the eye): it is read out first, and a
  // phone scrolls to it instead of leaving it above the fold.
  var flashes = document.getElementById("flashes");
  function showFlashes() { flashes.focus(); flashes.scrollIntoView({ block: "start" }); }
  if (flashes) {
    // A redirect to "#row" would scroll the message away once the page has loaded: the message
    // wins, and the address loses the fragment.
    if (location.hash) { history.replaceState(null, "", location.pathname + location.search); }
    showFlashes();
    window.addEventListener("load", function () { setTimeout(showFlashes, 0); });
  }
  else {
    // A form sent back with problems: the first field in error takes the focus.
    var invalid = document.querySelector("[aria-invalid=true]");
    if (invalid) { invalid.focus(); }
  }
  function debounce(fn, ms) { var t; return function () { var a = arguments, s = this; clearTimeout(t); t = setTimeout(function () { fn.apply(s, a); }, ms); }; }
  function lastItem(value) { var parts = value.split(","); return parts[parts.length - 1].trim(); }

  document.querySelectorAll("[data-suggest]").forEach(function (field) {
    var kind = field.getAttribute("data-suggest");
    var list = document.getElementById(field.getAttribute("list"));
    var live = document.getElementById(field.id + "-suggestions");
    field.addEventListener("input", debounce(function () {
      var q = field.tagName === "TEXTAREA" ? lastItem(field.value) : field.value.trim();
      if (q.length < 2) { return; }
      fetch("/suggest/" + kind + "?q=" + encodeURIComponent(q), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) {
          if (list) {
            list.innerHTML = "";
            items.forEach(function (item) {
              var option = document.createElement("option");
              option.value = item.name;
              if (item.state) { option.label = item.name + " (" + item.state + ")"; }
              list.appendChild(option);
            });
          }
          if (live) {
            live.textContent = items.length ? items.map(function (i) { return i.name; }).join(" · ") : "";
          }
        })
        .catch(function () {});
    }, 250));
  });

  // Reading aloud: the summary's own language (data-voice, e.g. "bn-IN"), with a voice of that
  // language when the device has one; the text stays on screen either way.
  function voiceFor(tag) {
    var voices = window.speechSynthesis.getVoices(), base = tag.split("-")[0];
    return voices.filter(function (v) { return v.lang.replace("_", "-") === tag; })[0] ||
      voices.filter(function (v) { return v.lang.split(/[-_]/)[0] === base; })[0] || null;
  }
  if ("speechSynthesis" in window) {
    document.querySelectorAll("[data-speak]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var source = document.getElementById(button.getAttribute("data-speak"));
        var tag = source.getAttribute("data-voice") || "en-IN";
        var utterance = new SpeechSynthesisUtterance(source.innerText);
        utterance.lang = tag;
        var voice = voiceFor(tag);
        if (voice) { utterance.voice = voice; }
        window.speechSynthesis.cancel();
        window.speechSynthesis.speak(utterance);
      });
    });
  }
}());

/* The message an action produced (at the top of the content) takes the focus, so a screen
   reader reads it and a phone shows it. After the page has loaded: moving to a #fragment of
   the URL moves the focus too, and the message comes first. */
(function () {
  "use strict";
  function focusMessage() {
    var message = document.querySelector("main [data-focus], main #form-errors, main [autofocus][tabindex]");
    var active = document.activeElement;
    if (message && (!active || active === document.body || active === message)) {
      message.focus();
    }
  }
  window.addEventListener("load", function () { window.setTimeout(focusMessage, 0); });
}());
