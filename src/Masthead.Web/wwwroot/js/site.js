// Video embeds: the page links to the video's own site; with this script a click swaps in the
// host's player instead. Nothing is requested from the host before that click.
(() => {
  "use strict";
  document.querySelectorAll("figure.video-embed[data-embed]").forEach((figure) => {
    const link = figure.querySelector("a.video-embed-link");
    if (!link) return;
    link.addEventListener("click", (event) => {
      event.preventDefault();
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
  });
})();
