// Entry point: fonts and styles, then the app on the real or the stand-in backend.
// Noto Sans SC for Chinese; in English, Noto Sans (Latin only) goes first, because a CJK
// font draws ’ “ ” … as full-width characters.

import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './styles/app.css';
import { connect } from './api';
import { App } from './app';
import { connectMeetings } from './api-meetings';
import { ProjectorScreen, isProjectorRoute } from './screens/projector';

const root = document.getElementById('app');
if (root !== null && isProjectorRoute(window.location.hash)) {
  // The projector window: the room's view of the meeting, not the app.
  void connect().then((api) => new ProjectorScreen(root, connectMeetings(api)).start());
} else if (root !== null) {
  void connect().then((api) => new App(root, api).start());
}
