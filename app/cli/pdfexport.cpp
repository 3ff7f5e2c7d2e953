#include "pdfexport.h"

#include "export/exporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace dateline::cli {

namespace {

// Starting Chromium and laying out a long export takes seconds, not minutes.
constexpr int kTimeoutMs = 180000;

bool isExecutable(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

} // namespace

QString PdfExport::desktopApp()
{
    const QString env = qEnvironmentVariable("DATELINE_DESKTOP");
    if (!env.isEmpty())
        return isExecutable(env) ? env : QString();
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         {here.filePath(QStringLiteral("dateline")), here.filePath(QStringLiteral("../desktop/dateline"))}) {
        if (isExecutable(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("dateline"));
}

ExportResult PdfExport::write(const QList<ExportItem> &items, const QString &path)
{
    const QString app = desktopApp();
    if (app.isEmpty())
        return {QStringLiteral("PDF needs the desktop app 'dateline' (beside dateline-cli, on PATH or in "
                               "$DATELINE_DESKTOP); it was not found")};
    QTemporaryDir temp;
    if (!temp.isValid())
        return {QStringLiteral("no room for a temporary folder: %1").arg(temp.errorString())};
    const QString html = temp.filePath(QStringLiteral("export.html"));
    const QString pdf = temp.filePath(QStringLiteral("export.pdf"));
    if (const ExportResult r = Exporter::writeFile(Exporter::render(ExportFormat::Html, items), html); !r.ok())
        return r;

    QProcess print;
    print.setProcessChannelMode(QProcess::ForwardedOutputChannel);
    print.start(app, {QStringLiteral("--export-pdf"), html, pdf});
    print.closeWriteChannel();
    if (!print.waitForStarted(kTimeoutMs))
        return {QStringLiteral("cannot start %1: %2").arg(app, print.errorString())};
    if (!print.waitForFinished(kTimeoutMs)) {
        print.kill();
        print.waitForFinished();
        return {QStringLiteral("printing the PDF took too long; %1 not written").arg(path)};
    }
    const QString why = QString::fromLocal8Bit(print.readAllStandardError()).trimmed();
    if (print.exitStatus() != QProcess::NormalExit || print.exitCode() != 0)
        return {
            QStringLiteral("printing the PDF failed%1").arg(why.isEmpty() ? QString() : QStringLiteral(": ") + why)};
    QFile file(pdf);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("printing the PDF produced no file")};
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("%PDF-"))
        return {QStringLiteral("printing the PDF produced something that is not a PDF")};
    return Exporter::writeFile(bytes, path);
}

} // namespace dateline::cli
