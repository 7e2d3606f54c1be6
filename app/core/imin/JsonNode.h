#pragma once

// One small interface over two JSON readers, so that each decoder is written once (Decode.cpp) and reads either:
// QtNode, a QJsonValue (every decoder; bodies parsed with QJsonDocument), and, where Debian's simdjson was found at
// build time, SimdNode, a simdjson DOM element (search pages: it parses them ~16 times faster than QJsonDocument).
// A missing member reads as an absent node; strings come out as QString, numbers as double.
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#ifdef ACTIVEDESK_HAVE_SIMDJSON
#include <simdjson.h>
#endif

namespace Decode {

class QtNode
{
public:
    QtNode() = default;
    explicit QtNode(const QJsonValue &v) : m_v(v)
    {
        if (v.isObject())
            m_o = v.toObject(); // once: every member lookup reads it
    }
    explicit QtNode(const QJsonObject &o) : m_v(o), m_o(o) {}
    bool isMissing() const { return m_v.isUndefined(); } // not there at all (null is there)
    bool isAbsent() const { return m_v.isUndefined() || m_v.isNull(); }
    bool isObject() const { return m_v.isObject(); }
    QJsonObject object() const { return m_o; }
    bool isArray() const { return m_v.isArray(); }
    bool isString() const { return m_v.isString(); }
    bool isNumber() const { return m_v.isDouble(); }
    QtNode operator[](const char *key) const
    {
        return m_v.isObject() ? QtNode(m_o.value(QLatin1String(key))) : QtNode();
    }
    QString string() const { return m_v.isString() ? m_v.toString() : QString(); }
    double number() const { return m_v.toDouble(); }
    bool boolean() const { return m_v.toBool(); }
    // An array's elements; a single value where an array is modelled is one element; absent is none.
    template <typename F> void each(F f) const
    {
        if (m_v.isArray()) {
            const QJsonArray array = m_v.toArray();
            for (const QJsonValue &v : array)
                f(QtNode(v));
        } else if (!isAbsent()) {
            f(*this);
        }
    }

private:
    QJsonValue m_v = QJsonValue(QJsonValue::Undefined);
    QJsonObject m_o;
};

#ifdef ACTIVEDESK_HAVE_SIMDJSON
class SimdNode
{
public:
    SimdNode() = default;
    explicit SimdNode(simdjson::dom::element e) : m_e(e), m_present(true) {}
    bool isMissing() const { return !m_present; }
    bool isAbsent() const { return !m_present || m_e.is_null(); }
    bool isObject() const { return m_present && m_e.is_object(); }
    bool isArray() const { return m_present && m_e.is_array(); }
    bool isString() const { return m_present && m_e.is_string(); }
    bool isNumber() const { return m_present && m_e.is_number(); }
    SimdNode operator[](const char *key) const
    {
        simdjson::dom::object object;
        simdjson::dom::element child;
        if (!m_present || m_e.get_object().get(object) != simdjson::SUCCESS ||
            object.at_key(key).get(child) != simdjson::SUCCESS)
            return {};
        return SimdNode(child);
    }
    QString string() const
    {
        std::string_view s;
        if (!isString() || m_e.get_string().get(s) != simdjson::SUCCESS)
            return {};
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }
    double number() const
    {
        double d = 0;
        return isNumber() && m_e.get_double().get(d) == simdjson::SUCCESS ? d : 0.0;
    }
    bool boolean() const
    {
        bool b = false;
        return m_present && m_e.is_bool() && m_e.get_bool().get(b) == simdjson::SUCCESS && b;
    }
    template <typename F> void each(F f) const
    {
        simdjson::dom::array array;
        if (m_present && m_e.get_array().get(array) == simdjson::SUCCESS) {
            for (simdjson::dom::element v : array)
                f(SimdNode(v));
        } else if (!isAbsent()) {
            f(*this);
        }
    }

private:
    simdjson::dom::element m_e;
    bool m_present = false;
};
#endif

} // namespace Decode
