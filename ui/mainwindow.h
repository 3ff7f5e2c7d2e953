#pragma once

#include <QMainWindow>

class QTreeView;

namespace dateline::ui {

class ArticleListModel;
class ReaderView;

// The main window: article list beside the reader.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Imports the sample articles shipped in the application's resources.
    void importSamples();
    ArticleListModel *articleModel() const { return m_model; }
    ReaderView *reader() const { return m_reader; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showCurrentArticle();

    ArticleListModel *m_model = nullptr;
    QTreeView *m_list = nullptr;
    ReaderView *m_reader = nullptr;
};

} // namespace dateline::ui
