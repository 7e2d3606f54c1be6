// The baseline of the start-up benchmark: a bare Qt Widgets window, built in the same tree, that exits at first paint.
#include "FirstPaintProbe.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel window(QStringLiteral("Bare window"));
    window.resize(1280, 720);
    window.installEventFilter(new FirstPaintProbe(&app));
    window.show();
    return app.exec();
}
