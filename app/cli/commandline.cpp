#include "commandline.h"

#include <cstdio>

namespace dateline::cli {

bool parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments, bool *helpShown)
{
    *helpShown = false;
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("dateline-cli ") + command);
    if (!parser.parse(argv)) {
        printError(parser.errorText() + QStringLiteral(" (see dateline-cli %1 --help)").arg(command));
        return false;
    }
    if (parser.isSet(help)) {
        printOut(parser.helpText().toUtf8());
        *helpShown = true;
    }
    return true;
}

void printError(const QString &message)
{
    const QByteArray line = QByteArrayLiteral("dateline-cli: ") + message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void printOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace dateline::cli
