// dateline: the desktop news reader.

#include "mainwindow.h"
#include "webenginesetup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QApplication::setApplicationName(QStringLiteral("dateline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Dateline"));
    QApplication::setOrganizationName(QStringLiteral("Dateline"));
    QApplication::setApplicationVersion(QStringLiteral(DATELINE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Dateline, a news reader for people who follow what governments say."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("Article files or folders to import."),
                                 QStringLiteral("[paths...]"));
    // --version and --help answer from a plain QCoreApplication, before
    // QApplication exists, so they work without a display (in scripts, over
    // ssh, in packaging checks).
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    parser.parse(arguments);
    if (parser.isSet(QStringLiteral("version")) || parser.isSet(QStringLiteral("help"))
        || parser.isSet(QStringLiteral("help-all"))) {
        QCoreApplication answer(argc, argv);
        parser.process(answer); // prints and exits
    }

    dateline::ui::prepareWebEngineEnvironment();
    QApplication app(argc, argv);
    // Qt's own options (-platform, -style) are gone from argv now; unknown
    // options are an error the parser reports and exits on.
    parser.process(app);

    dateline::ui::MainWindow window;
    window.show();
    window.importSamplesOnFirstRun();
    window.importPaths(parser.positionalArguments(), false);
    return app.exec();
}
