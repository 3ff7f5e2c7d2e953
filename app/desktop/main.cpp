// dateline: the desktop news reader.

#include "mainwindow.h"
#include "webenginesetup.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    dateline::ui::prepareWebEngineEnvironment();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dateline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Dateline"));
    QApplication::setOrganizationName(QStringLiteral("Dateline"));
    QApplication::setApplicationVersion(QStringLiteral(DATELINE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Dateline, a news reader for people who follow what governments say."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    dateline::ui::MainWindow window;
    window.show();
    window.importSamples();
    return app.exec();
}
