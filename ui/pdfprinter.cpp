#include "pdfprinter.h"

#include "remoteblocker.h"

#include "export/exporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QTemporaryDir>
#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace dateline::ui {

PdfPrinter::PdfPrinter(QObject *parent)
    : QObject(parent)
    , m_profile(new QWebEngineProfile(this)) // no storage name: off the record
{
    m_blocker = new RemoteBlocker(m_profile);
    m_profile->setUrlRequestInterceptor(m_blocker);
    m_page = new QWebEnginePage(m_profile, this);
    QWebEngineSettings *s = m_page->settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadImages, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    // Highlights are backgrounds: without this they would print blank.
    s->setAttribute(QWebEngineSettings::PrintElementBackgrounds, true);

    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (m_pdfPath.isEmpty())
            return;
        if (!ok) {
            fail(tr("the page could not be laid out"));
            return;
        }
        const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                 QPageLayout::Millimeter);
        m_page->printToPdf(m_pdfPath, layout);
    });
    connect(m_page, &QWebEnginePage::pdfPrintingFinished, this, [this](const QString &printed, bool ok) {
        m_pdfPath.clear();
        QFile file(printed);
        if (!ok || !file.open(QIODevice::ReadOnly)) {
            Q_EMIT finished(false, tr("printing %1 failed").arg(QDir::toNativeSeparators(m_target)));
            return;
        }
        // Printed beside the HTML, then moved into place whole.
        const ExportResult result = Exporter::writeFile(file.readAll(), m_target);
        Q_EMIT finished(result.ok(), result.error);
    });
}

PdfPrinter::~PdfPrinter()
{
    // WebEngine wants the page gone before its profile.
    delete m_page;
    delete m_temp;
}

void PdfPrinter::fail(const QString &error)
{
    m_pdfPath.clear();
    Q_EMIT finished(false, error);
}

void PdfPrinter::printFile(const QString &htmlPath, const QString &pdfPath)
{
    if (!QFileInfo(htmlPath).isFile()) {
        // Queued, so a caller connecting after this call still hears it.
        QMetaObject::invokeMethod(
            this, [this, htmlPath] { fail(tr("%1 is not a file").arg(QDir::toNativeSeparators(htmlPath))); },
            Qt::QueuedConnection);
        return;
    }
    if (!m_temp || !m_temp->isValid()) {
        delete m_temp;
        m_temp = new QTemporaryDir;
    }
    m_target = pdfPath;
    m_pdfPath = m_temp->filePath(QStringLiteral("print.pdf"));
    QFile::remove(m_pdfPath);
    const QUrl url = QUrl::fromLocalFile(QFileInfo(htmlPath).absoluteFilePath());
    m_blocker->allowFile(url);
    m_page->load(url);
}

void PdfPrinter::printHtml(const QByteArray &html, const QString &pdfPath)
{
    delete m_temp;
    m_temp = new QTemporaryDir;
    const QString file = m_temp->filePath(QStringLiteral("export.html"));
    QFile out(file);
    if (!m_temp->isValid() || !out.open(QIODevice::WriteOnly) || out.write(html) != html.size()) {
        QMetaObject::invokeMethod(
            this, [this] { fail(tr("no room for a temporary file")); }, Qt::QueuedConnection);
        return;
    }
    out.close();
    printFile(file, pdfPath);
}

} // namespace dateline::ui
