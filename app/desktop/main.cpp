// dateline: the desktop news reader.

#include "mainwindow.h"
#include "pdfprinter.h"
#include "webenginesetup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

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
    // dateline-cli stays headless and asks the app for PDFs this way.
    const QCommandLineOption exportPdf(QStringLiteral("export-pdf"),
                                       QStringLiteral("Print the HTML export IN to the PDF file given as the one "
                                                      "path, without a window, then exit."),
                                       QStringLiteral("IN"));
    parser.addOption(exportPdf);
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

    const bool printing = parser.isSet(exportPdf);
    if (printing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    dateline::ui::prepareWebEngineEnvironment();
    QApplication app(argc, argv);
    // Qt's own options (-platform, -style) are gone from argv now; unknown
    // options are an error the parser reports and exits on.
    parser.process(app);

    if (printing) {
        if (parser.positionalArguments().size() != 1) {
            std::fputs("dateline: --export-pdf IN.html needs one OUT.pdf\n", stderr);
            return 2;
        }
        dateline::ui::PdfPrinter printer;
        QObject::connect(&printer, &dateline::ui::PdfPrinter::finished, &app, [](bool ok, const QString &error) {
            if (!ok)
                std::fputs(qPrintable(QStringLiteral("dateline: %1\n").arg(error)), stderr);
            QCoreApplication::exit(ok ? 0 : 1);
        });
        printer.printFile(parser.value(exportPdf), parser.positionalArguments().first());
        return app.exec();
    }

    dateline::ui::MainWindow window;
    window.show();
    window.importSamplesOnFirstRun();
    window.importPaths(parser.positionalArguments(), false);
    return app.exec();
}
