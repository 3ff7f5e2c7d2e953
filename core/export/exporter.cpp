#include "export/exporter.h"

#include "export/csvexporter.h"
#include "export/htmlexporter.h"
#include "export/jsonldexporter.h"
#include "export/markdownexporter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace dateline {

QByteArray Exporter::render(Format format, const QList<ExportItem> &items)
{
    switch (format) {
    case Format::Html:
        return HtmlExporter::render(items);
    case Format::Markdown:
        return MarkdownExporter::render(items);
    case Format::JsonLd:
        return JsonLdExporter::render(items);
    case Format::Csv:
        return CsvExporter::render(items);
    }
    return {};
}

ExportResult Exporter::write(Format format, const QList<ExportItem> &items, const QString &path)
{
    return writeFile(render(format, items), path);
}

ExportResult Exporter::writeFile(const QByteArray &bytes, const QString &path)
{
    if (path.isEmpty())
        return {QStringLiteral("no output file given")};
    const QFileInfo info(path);
    if (info.isDir())
        return {QStringLiteral("%1 is a folder, not a file").arg(QDir::toNativeSeparators(path))};
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return {QStringLiteral("folder %1 does not exist").arg(QDir::toNativeSeparators(folder.filePath()))};
    if (!folder.isDir())
        return {QStringLiteral("%1 is not a folder").arg(QDir::toNativeSeparators(folder.filePath()))};

    // QSaveFile writes a temporary file beside the target and renames it only
    // on commit(), which is atomic on the same file system.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return {QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason)};
    }
    if (!file.commit())
        return {QStringLiteral("cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace dateline
