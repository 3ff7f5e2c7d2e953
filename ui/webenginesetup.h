#pragma once

namespace dateline::ui {

// Must run before QApplication exists: Chromium reads its flags once. Adds
// --no-sandbox when running as root (Chromium refuses to start otherwise) and
// --disable-gpu when there is no GPU device, keeping whatever the user set.
// Without a GPU it also picks Qt Quick's software backend for the reader.
void prepareWebEngineEnvironment();

} // namespace dateline::ui
