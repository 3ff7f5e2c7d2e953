#pragma once

#include <QString>

#include <optional>

namespace dateline {

// The file formats an export can be written in. PDF is produced by the
// desktop app (it needs a web engine to lay out the HTML export).
enum class ExportFormat { Html, Markdown, JsonLd, Csv };

// "html", "md", "jsonld", "csv" (as the command line spells them).
QString toString(ExportFormat format);
std::optional<ExportFormat> exportFormatFromString(const QString &name);
// File suffix without the dot.
QString fileSuffix(ExportFormat format);

} // namespace dateline
