#pragma once

class QApplication;

namespace za::ui {

// False when neither X11 nor Wayland is reachable and no platform was forced: Qt would abort.
bool displayAvailable();

// Sets up translations, settings and the library, shows the main window and runs the event loop.
int runApplication(QApplication &app);

} // namespace za::ui
