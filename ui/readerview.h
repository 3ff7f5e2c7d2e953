#pragma once

#include "model/annotation.h"
#include "model/annotationanchor.h"
#include "model/article.h"

#include <QWebEngineView>

#include <functional>
#include <optional>

class QWebEngineProfile;

namespace dateline::ui {

// Shows one article as core renders it, in a private off-the-record profile
// with JavaScript for pages disabled and remote loads refused. The reader's
// own scripts (scroll to a mark, flash it, switch layers) run in the
// application world, which page settings and the page's CSP do not reach.
class ReaderView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderView)
public:
    enum class Layer { Quotes, Countries, Ambassadors };

    explicit ReaderView(QWidget *parent = nullptr);
    // Deletes the page before its profile, as WebEngine requires.
    ~ReaderView() override;

    // Shows the article without user highlights; setAnnotations adds them.
    void showArticle(const Article &article);
    // The reader's highlights and notes on the shown article (renders the
    // page again, keeping the scroll position, when they changed).
    void setAnnotations(const QList<dateline::UserAnnotation> &annotations);
    const QList<dateline::UserAnnotation> &annotations() const { return m_annotations; }
    const Article &article() const { return m_article; }
    bool hasArticle() const { return m_hasArticle; }
    void clear();
    // The selected text as a range of Article::plainText() (UTF-16), or
    // nothing when no article text is selected.
    void selectedRange(const std::function<void(std::optional<dateline::TextRange>)> &callback);
    bool isLoading() const { return m_loading; }

    // Scrolls the element with this id ("q3", "c0", "a1") into view and
    // flashes it; waits for the page when it is still loading.
    void flashElement(const QString &elementId);
    void setLayerVisible(Layer layer, bool visible);
    bool isLayerVisible(Layer layer) const;

    void zoomIn();
    void zoomOut();
    void resetZoom();
    // The article's text size in CSS pixels; the page is rendered again.
    void setFontSize(int pixels);
    int fontSize() const { return m_fontSize; }
    // Pages the article up (-1) or down (1), whichever widget has focus.
    void scrollPage(int direction);

    // Runs script in the application world (tests and the reader's own code).
    void runScript(const QString &script, const std::function<void(const QVariant &)> &callback = {});

    static constexpr int kDefaultFontSize = 17;

Q_SIGNALS:
    // The article is on the page with layers applied.
    void articleShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    // Whether the loaded page is an article page in the current theme, so
    // another article can be swapped into it without a new load.
    bool canSwap() const;
    // Replaces the page's article with m_article and m_annotations by
    // script: far cheaper than a new document. toTop scrolls to the start.
    void swapArticle(bool toTop);
    void onLoadFinished(bool ok);
    void applyLayers();
    void applyZoom(qreal factor);
    bool darkTheme() const;

    QWebEngineProfile *m_profile = nullptr;
    QString m_css;
    Article m_article;
    QList<UserAnnotation> m_annotations;
    bool m_hasArticle = false;
    int m_restoreScroll = -1; // page offset to return to after a re-render
    bool m_closing = false; // in the destructor: script callbacks are dropped
    bool m_renderAgain = false; // annotations changed while the page loaded
    quint64 m_renderSerial = 0; // counts render() calls
    bool m_loading = false;
    bool m_articlePage = false; // the page holds a rendered article (see canSwap)
    QString m_pendingFlash;
    int m_hiddenLayers = 0; // bit per Layer
    int m_fontSize = kDefaultFontSize;
    qreal m_zoom = 1.0;
    bool m_renderedDark = false;
};

} // namespace dateline::ui
