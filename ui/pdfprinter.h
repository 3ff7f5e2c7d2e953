#pragma once

#include <QObject>
#include <QString>

class QTemporaryDir;
class QWebEnginePage;
class QWebEngineProfile;

namespace dateline::ui {

class RemoteBlocker;

// Prints an HTML export to PDF with a hidden web page, so the PDF is laid out
// exactly like the HTML (same stylesheet, highlights in their colours, text
// selectable). Off the record, with scripts off and remote loads refused.
// Used by File ▸ Export… and by `dateline --export-pdf` for dateline-cli.
class PdfPrinter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfPrinter)
public:
    explicit PdfPrinter(QObject *parent = nullptr);
    ~PdfPrinter() override;

    // One print at a time; finished() follows. The PDF is printed into a
    // private temporary folder and then written to pdfPath atomically.
    // printHtml writes the HTML there first (setHtml is limited to 2 MB).
    void printFile(const QString &htmlPath, const QString &pdfPath);
    void printHtml(const QByteArray &html, const QString &pdfPath);

Q_SIGNALS:
    void finished(bool ok, const QString &error);

private:
    void fail(const QString &error);

    QWebEngineProfile *m_profile = nullptr;
    RemoteBlocker *m_blocker = nullptr;
    QWebEnginePage *m_page = nullptr;
    QTemporaryDir *m_temp = nullptr;
    QString m_pdfPath; // where the page prints, in m_temp
    QString m_target; // where the PDF goes
};

} // namespace dateline::ui
