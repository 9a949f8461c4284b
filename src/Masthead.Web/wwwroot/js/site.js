// Video embeds: the page links to the video's own site; with this script a click swaps in the
// host's player instead. Nothing is requested from the host before that click. Listening on the
// document also covers embeds added later, as in the newsroom's live preview.
(() => {
  "use strict";
  document.addEventListener("click", (event) => {
    const link = event.target.closest("figure.video-embed[data-embed] a.video-embed-link");
    if (!link) return;
    event.preventDefault();
    const figure = link.closest("figure");
    const frame = document.createElement("iframe");
    frame.src = figure.dataset.embed;
    frame.title = figure.dataset.title || "Video";
    frame.allow = "autoplay; fullscreen; picture-in-picture; encrypted-media";
    frame.allowFullscreen = true;
    frame.referrerPolicy = "strict-origin-when-cross-origin";
    frame.className = "video-embed-frame";
    link.replaceWith(frame);
    frame.focus();
  });
})();
