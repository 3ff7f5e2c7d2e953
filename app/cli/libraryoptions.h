#pragma once

#include "library/library.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace dateline::cli {

// --db PATH, shared by every command that works on a library.
QCommandLineOption databaseOption();
// --db, else $DATELINE_DB, else the per-user default (Library::defaultPath).
QString libraryPath(const QCommandLineParser &parser, const QCommandLineOption &database);
// Opens the library or prints why not (prefixed with the command) and
// returns nothing.
std::optional<Library> openLibrary(const QString &path, const QString &command);

} // namespace dateline::cli
