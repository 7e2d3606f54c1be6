#include "CheckoutPages.h"

#include <QFile>

namespace Sandbox::Html {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QByteArray asset(const QString &name)
{
    QFile f(QStringLiteral(":/sandbox/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString money(double price)
{
    return price == 0.0 ? QStringLiteral("Free") : QStringLiteral("£") + QString::number(price, 'f', 2);
}

QByteArray page(const QString &title, const QString &broker, int step, bool paid, const QString &body)
{
    static const QString layout = QString::fromUtf8(asset(QStringLiteral("layout.html")));
    QString steps;
    if (step > 0) {
        const QStringList names = paid ? QStringList{QStringLiteral("1. Review"), QStringLiteral("2. Payment"),
                                                     QStringLiteral("3. Confirmation")}
                                       : QStringList{QStringLiteral("1. Review"), QStringLiteral("2. Confirmation")};
        const int current = paid ? step : (step >= 3 ? 2 : 1);
        steps = QStringLiteral("<ol class=\"steps\" aria-label=\"Checkout progress\">");
        for (int i = 0; i < names.size(); ++i) {
            const int n = i + 1;
            const QString cls =
                n < current ? QStringLiteral("done") : (n == current ? QStringLiteral("current") : QString());
            steps +=
                QStringLiteral("<li class=\"%1\"%2>%3</li>")
                    .arg(cls, n == current ? QStringLiteral(" aria-current=\"step\"") : QString(), esc(names.at(i)));
        }
        steps += QStringLiteral("</ol>");
    }
    QString out = layout;
    out.replace(QStringLiteral("{{title}}"), esc(title));
    out.replace(QStringLiteral("{{broker}}"), esc(broker));
    out.replace(QStringLiteral("{{initial}}"), esc(broker.left(1).toUpper()));
    out.replace(QStringLiteral("{{steps}}"), steps);
    out.replace(QStringLiteral("{{body}}"), body);
    return out.toUtf8();
}

QString field(const QString &name, const QString &label, const QString &value, const QString &error,
              const QString &hint, const QString &type, const QString &autocomplete, bool autofocus)
{
    const QString id = QStringLiteral("f-") + name;
    QString describedBy;
    QString out =
        QStringLiteral("<div class=\"field%1\">").arg(error.isEmpty() ? QString() : QStringLiteral(" invalid"));
    out += QStringLiteral("<label for=\"%1\">%2</label>").arg(id, esc(label));
    if (!hint.isEmpty()) {
        out += QStringLiteral("<span class=\"hint\" id=\"%1-hint\">%2</span>").arg(id, esc(hint));
        describedBy += id + QStringLiteral("-hint");
    }
    if (!error.isEmpty()) {
        out +=
            QStringLiteral("<span class=\"error-text\" id=\"%1-error\" role=\"alert\">%2</span>").arg(id, esc(error));
        describedBy += (describedBy.isEmpty() ? QString() : QStringLiteral(" ")) + id + QStringLiteral("-error");
    }
    out += QStringLiteral("<input type=\"%1\" id=\"%2\" name=\"%3\" value=\"%4\"%5%6%7%8>")
               .arg(type, id, name, esc(value),
                    describedBy.isEmpty() ? QString() : QStringLiteral(" aria-describedby=\"%1\"").arg(describedBy),
                    error.isEmpty() ? QString() : QStringLiteral(" aria-invalid=\"true\""),
                    autocomplete.isEmpty() ? QString() : QStringLiteral(" autocomplete=\"%1\"").arg(autocomplete),
                    autofocus ? QStringLiteral(" autofocus") : QString());
    out += QStringLiteral("</div>");
    return out;
}

} // namespace Sandbox::Html
