#pragma once

#include <QWebEnginePage>

namespace dateline::ui {

// The reader's page: outside links open in the system browser instead of
// replacing the article.
class ReaderPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderPage)
public:
    explicit ReaderPage(QWebEngineProfile *profile, QObject *parent = nullptr);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
};

} // namespace dateline::ui
