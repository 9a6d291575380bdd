// Wegwijzer widget: puts the chat on another site.
//
//   <script src="https://wegwijzer.example/widget.js" data-community="zwolle" data-lang="en" data-color="#0b5" defer></script>
//
// The script adds a button at the bottom right; the button opens the chat in an iframe served by Wegwijzer, so the
// conversation never passes through the host page and the host page's styles cannot change the chat. Attributes:
// data-community (a community id the server knows), data-lang (nl or en), data-color (#rgb or #rrggbb),
// data-open="true" (open at once). The server must list the site in WEGWIJZER_ALLOWED_ORIGINS.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || document.getElementById("wegwijzer-widget")) return;
  var base = script.src.replace(/\/widget\.js(\?.*)?$/, "");
  var d = script.dataset;
  var lang = d.lang === "en" ? "en" : "nl";
  var color = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(d.color || "") ? d.color : "#154273";
  var label = { nl: { open: "Vraag het Wegwijzer", close: "Sluit de chat", title: "Wegwijzer chat" },
    en: { open: "Ask Wegwijzer", close: "Close the chat", title: "Wegwijzer chat" } }[lang];

  // Text on the colour: white or near-black, whichever contrasts more.
  function onColor(hex) {
    if (hex.length === 4) hex = "#" + hex[1] + hex[1] + hex[2] + hex[2] + hex[3] + hex[3];
    var c = [1, 3, 5].map(function (i) {
      var v = parseInt(hex.substr(i, 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    var l = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    return 1.05 / (l + 0.05) >= (l + 0.05) / 0.0688 ? "#ffffff" : "#1d2733";
  }

  var css =
    ":host { all: initial; }" +
    ".launch { position: fixed; right: 1rem; bottom: 1rem; z-index: 2147483000; border: 0; border-radius: 1.5rem;" +
    " padding: 0.75rem 1.1rem; font: 600 1rem system-ui, sans-serif; cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,.25); }" +
    ".launch:focus-visible { outline: 3px solid #d4690b; outline-offset: 2px; }" +
    ".panel { box-sizing: border-box; position: fixed; right: 1rem; bottom: 4.5rem; z-index: 2147483000; width: min(24rem, calc(100vw - 2rem));" +
    " height: min(38rem, calc(100vh - 6rem)); border: 1px solid #d5dce4; border-radius: 0.8rem; overflow: hidden;" +
    " background: #f4f6f8; box-shadow: 0 4px 24px rgba(0,0,0,.25); }" +
    ".panel[hidden] { display: none; }" +
    "iframe { border: 0; width: 100%; height: 100%; display: block; }" +
    "@media (max-width: 30rem) { .panel { right: 0; bottom: 4rem; width: 100vw; height: calc(100vh - 4rem); border-radius: 0; } }";

  var host = document.createElement("div");
  host.id = "wegwijzer-widget";
  var root = host.attachShadow({ mode: "open" });
  // A constructed style sheet is not inline style, so a host page with a strict CSP keeps working.
  if ("adoptedStyleSheets" in root && typeof CSSStyleSheet === "function" && "replaceSync" in CSSStyleSheet.prototype) {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } else {
    var style = document.createElement("style");
    style.textContent = css;
    root.appendChild(style);
  }

  var panel = document.createElement("div");
  panel.className = "panel";
  panel.id = "wegwijzer-panel";
  panel.hidden = true;
  var button = document.createElement("button");
  button.type = "button";
  button.className = "launch";
  button.textContent = label.open;
  button.style.background = color;
  button.style.color = onColor(color);
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-controls", "wegwijzer-panel");
  root.appendChild(panel);
  root.appendChild(button);

  var frame = null;
  function open(on) {
    if (on && !frame) {
      // The iframe loads on the first open only: a visitor who never opens the chat sends Wegwijzer nothing more.
      var q = "?embed=1&lang=" + lang + "&color=" + encodeURIComponent(color);
      if (d.community) q += "&community=" + encodeURIComponent(d.community);
      frame = document.createElement("iframe");
      frame.src = base + "/" + q;
      frame.title = label.title;
      frame.setAttribute("referrerpolicy", "no-referrer");
      panel.appendChild(frame);
    }
    panel.hidden = !on;
    button.setAttribute("aria-expanded", on ? "true" : "false");
    button.textContent = on ? label.close : label.open;
    if (on) frame.focus();
  }
  button.addEventListener("click", function () { open(panel.hidden); });
  function close() {
    if (!panel.hidden) { open(false); button.focus(); }
  }
  root.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") close();
  });
  // Escape pressed inside the chat: the chat's page asks to close. Only that frame is listened to.
  window.addEventListener("message", function (ev) {
    if (frame && ev.source === frame.contentWindow && ev.data && ev.data.wegwijzer === "close") close();
  });

  function mount() {
    document.body.appendChild(host);
    if (d.open === "true") open(true);
  }
  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
})();
