// Iframe test page: builds an Etherpad-like about:blank frame whose body is contenteditable.
const frame = document.querySelector<HTMLIFrameElement>('#blank')!;
const doc = frame.contentDocument!;
doc.open();
doc.write('<!doctype html><html><head><style>body{font:16px/1.5 sans-serif;margin:8px}</style></head><body contenteditable="true" id="innerdocbody"><div>Pad notes</div></body></html>');
doc.close();
document.documentElement.dataset.editorReady = 'true';
