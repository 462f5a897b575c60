// ES5, so that an old engine runs it. "load" comes after the deferred pane script ran; a pane
// that started marked the root (index.tsx). Served beside taskpane.html (webpack copies it).
window.addEventListener("load", function () {
  var root = document.getElementById("root");
  var tooOld = document.getElementById("static-too-old");
  if (tooOld && !root.hasAttribute("data-started")) tooOld.hidden = false;
});
