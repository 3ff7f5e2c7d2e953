#include "annotationcontroller.h"

#include "annotationcommand.h"
#include "annotationworker.h"
#include "export/exporter.h"
#include "notespanel.h"
#include "pdfprinter.h"
#include "readerview.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QUndoStack>

namespace dateline::ui {

namespace {

QIcon colourIcon(const QString &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setPen(QColor(0, 0, 0, 90));
    p.setBrush(QColor(colour));
    p.drawRoundedRect(QRectF(2.5, 2.5, 11, 11), 2, 2);
    return QIcon(pixmap);
}

} // namespace

const QStringList &AnnotationController::colours()
{
    static const QStringList list {QStringLiteral("#ffe082"), QStringLiteral("#a5d6a7"), QStringLiteral("#90caf9"),
                                   QStringLiteral("#f48fb1")};
    return list;
}

AnnotationController::AnnotationController(ReaderView *reader, NotesPanel *panel, QWidget *window)
    : QObject(window)
    , m_reader(reader)
    , m_panel(panel)
    , m_window(window)
    , m_worker(new AnnotationWorker(this))
    , m_undo(new QUndoStack(this))
{
    m_colour = QSettings().value(QStringLiteral("notes/colour"), colours().first()).toString();
    if (!colours().contains(m_colour))
        m_colour = colours().first();

    m_highlight = new QAction(colourIcon(m_colour), tr("&Highlight"), this);
    m_highlight->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_highlight->setToolTip(tr("Highlight the selected text (Ctrl+H); the arrow chooses the colour"));
    auto *menu = new QMenu(window);
    auto *group = new QActionGroup(this);
    const QStringList names {tr("Yellow"), tr("Green"), tr("Blue"), tr("Pink")};
    for (int i = 0; i < colours().size(); ++i) {
        const QString colour = colours().at(i);
        QAction *choice = menu->addAction(colourIcon(colour), names.value(i));
        choice->setCheckable(true);
        choice->setChecked(colour == m_colour);
        group->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, colour] {
            m_colour = colour;
            QSettings().setValue(QStringLiteral("notes/colour"), colour);
            m_highlight->setIcon(colourIcon(colour));
            highlightSelection();
        });
    }
    m_highlight->setMenu(menu);
    connect(m_highlight, &QAction::triggered, this, &AnnotationController::highlightSelection);

    m_note = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Add N&ote…"), this);
    m_note->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M)); // "insert comment" in office suites
    m_note->setToolTip(tr("Attach a note to the selected text"));
    connect(m_note, &QAction::triggered, this, &AnnotationController::addNoteToSelection);

    m_export = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Export…"), this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("Save the article with its statements, countries, highlights and notes as HTML, "
                            "PDF, Markdown, JSON-LD or CSV"));
    connect(m_export, &QAction::triggered, this, &AnnotationController::exportArticle);
    for (QAction *a : {m_highlight, m_note, m_export})
        a->setEnabled(false);

    connect(m_worker, &AnnotationWorker::loaded, this, &AnnotationController::onLoaded);
    connect(m_worker, &AnnotationWorker::added, this, [this](qint64 articleId, const UserAnnotation &a) {
        auto *command = new AnnotationCommand(m_worker, articleId, std::nullopt, a,
                                              a.isNote() ? tr("Add Note") : tr("Highlight"));
        command->setAlreadyDone();
        m_undo->push(command);
    });
    connect(m_worker, &AnnotationWorker::found, this, [this](quint64 generation, const QList<NoteHit> &hits) {
        if (generation == m_searchGeneration)
            m_panel->setSearchResults(hits);
    });
    connect(m_worker, &AnnotationWorker::failed, this,
            [this](const QString &message) { Q_EMIT statusMessage(tr("Notes: %1").arg(message)); });
    connect(m_panel, &NotesPanel::elementChosen, m_reader, &ReaderView::flashElement);
    connect(m_panel, &NotesPanel::noteChosen, this, [this](qint64 articleId, qint64 annotationId) {
        if (articleId == m_articleId) {
            m_reader->flashElement(QStringLiteral("u%1").arg(annotationId));
            return;
        }
        m_flashAfterLoad = annotationId;
        Q_EMIT articleRequested(articleId);
    });
    connect(m_panel, &NotesPanel::editRequested, this, &AnnotationController::edit);
    connect(m_panel, &NotesPanel::removeRequested, this, &AnnotationController::remove);
    connect(m_panel, &NotesPanel::searchRequested, this, [this](const QString &text) {
        ++m_searchGeneration;
        if (!text.trimmed().isEmpty())
            m_worker->search(m_searchGeneration, text);
    });
}

AnnotationController::~AnnotationController() = default;

void AnnotationController::open(const QString &libraryPath)
{
    m_worker->open(libraryPath);
}

void AnnotationController::setArticle(const StoredArticle &stored)
{
    m_articleId = stored.id;
    m_article = stored.article;
    m_annotations.clear();
    m_panel->setAnnotations({});
    for (QAction *a : {m_highlight, m_note, m_export})
        a->setEnabled(true);
    m_worker->load(stored.id);
}

void AnnotationController::clearArticle()
{
    m_articleId = 0;
    m_article = {};
    m_annotations.clear();
    m_panel->setAnnotations({});
    for (QAction *a : {m_highlight, m_note, m_export})
        a->setEnabled(false);
}

void AnnotationController::onLoaded(qint64 articleId, const QList<UserAnnotation> &annotations)
{
    if (articleId != m_articleId)
        return; // the reader moved on
    m_annotations = annotations;
    m_panel->setAnnotations(annotations);
    m_reader->setAnnotations(annotations);
    if (const qint64 id = std::exchange(m_flashAfterLoad, 0))
        m_reader->flashElement(QStringLiteral("u%1").arg(id));
}

void AnnotationController::annotateSelection(const QString &colour, const QString &note)
{
    const qint64 articleId = m_articleId;
    if (articleId == 0)
        return;
    m_reader->selectedRange([this, articleId, colour, note](std::optional<TextRange> range) {
        if (!range || articleId != m_articleId) {
            Q_EMIT statusMessage(tr("Select some text in the article first"));
            return;
        }
        m_worker->add(articleId, range->start, range->end, colour, note);
    });
}

void AnnotationController::highlightSelection()
{
    annotateSelection(m_colour, {});
}

void AnnotationController::addNoteToSelection()
{
    const qint64 articleId = m_articleId;
    if (articleId == 0)
        return;
    // The selection is read before the dialog takes the focus.
    m_reader->selectedRange([this, articleId](std::optional<TextRange> range) {
        if (!range || articleId != m_articleId) {
            Q_EMIT statusMessage(tr("Select some text in the article first"));
            return;
        }
        bool ok = false;
        const QString quote = m_article.plainText().mid(range->start, qMin(range->end - range->start, 200));
        const QString note = QInputDialog::getMultiLineText(m_window, tr("Add Note"),
                                                            tr("Note on “%1”:").arg(quote.simplified()), {}, &ok);
        if (ok && !note.trimmed().isEmpty() && articleId == m_articleId)
            m_worker->add(articleId, range->start, range->end, m_colour, note.trimmed());
    });
}

void AnnotationController::edit(const UserAnnotation &annotation)
{
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        m_window, tr("Edit Note"), tr("Note on “%1”:").arg(annotation.exact.simplified().left(200)), annotation.note,
        &ok);
    if (!ok || note.trimmed() == annotation.note)
        return;
    UserAnnotation after = annotation;
    after.note = note.trimmed();
    m_undo->push(new AnnotationCommand(m_worker, m_articleId, annotation, after, tr("Edit Note")));
}

void AnnotationController::remove(const UserAnnotation &annotation)
{
    m_undo->push(new AnnotationCommand(m_worker, m_articleId, annotation, std::nullopt,
                                       annotation.isNote() ? tr("Delete Note") : tr("Delete Highlight")));
}

void AnnotationController::exportArticle()
{
    if (m_articleId == 0)
        return;
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    QString slug = m_article.headline.left(60).simplified();
    slug.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]")), QString());
    const QString html = tr("HTML page (*.html)");
    const QString pdf = tr("PDF document (*.pdf)");
    const QString md = tr("Markdown (*.md)");
    const QString jsonld = tr("W3C Web Annotations, JSON-LD (*.jsonld)");
    const QString csv = tr("CSV spreadsheet (*.csv)");
    QString filter = html;
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Article"),
        QDir(folder).filePath((slug.isEmpty() ? QStringLiteral("article") : slug) + QStringLiteral(".html")),
        QStringList {html, pdf, md, jsonld, csv}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    // The chosen filter decides; a typed suffix is kept.
    const QString suffix = filter == pdf ? QStringLiteral("pdf")
        : filter == md                   ? QStringLiteral("md")
        : filter == jsonld               ? QStringLiteral("jsonld")
        : filter == csv                  ? QStringLiteral("csv")
                                         : QStringLiteral("html");
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    const QList<ExportItem> items {ExportItem {m_article, m_annotations}};
    if (suffix == QLatin1String("pdf")) {
        if (!m_pdf) {
            m_pdf = new PdfPrinter(this);
            connect(m_pdf, &PdfPrinter::finished, this, [this](bool ok, const QString &error) {
                if (ok)
                    Q_EMIT statusMessage(tr("PDF saved"));
                else
                    QMessageBox::warning(m_window, tr("Export"), tr("The PDF was not saved: %1").arg(error));
            });
        }
        Q_EMIT statusMessage(tr("Printing the PDF…"));
        m_pdf->printHtml(Exporter::render(ExportFormat::Html, items), path);
        return;
    }
    const ExportResult result = Exporter::write(*exportFormatFromString(suffix), items, path);
    if (result.ok())
        Q_EMIT statusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(m_window, tr("Export"), tr("The export was not saved: %1").arg(result.error));
}

} // namespace dateline::ui
