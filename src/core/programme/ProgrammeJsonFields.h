// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to palier_core: the strict field reader behind parseProgrammeDefinition(), shared by the readers of
// the parts of a definition file (the scoring grid is read in scoring/GridJson.cpp).

#include "programme/ProgrammeJsonReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>
#include <optional>

namespace Palier::JsonFields {

inline QString member(const QString& path, const QString& key)
{
    return path + u'.' + key;
}

inline QString element(const QString& path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

/// Walks the JSON tree, remembering the first fault only: the user fixes one thing at a time, and the first
/// fault often explains those that follow.
class Reader
{
public:
    bool fail(const QString& path, const QString& what)
    {
        if (!m_fault) {
            m_fault = ProgrammeFault{path, what};
        }
        return false;
    }

    const ProgrammeFault& fault() const { return *m_fault; }

    /// `value` as an object holding every field of `required`, and no field outside `required` and `optional`.
    std::optional<QJsonObject> object(const QJsonValue& value, const QString& path, const QStringList& required,
                                      const QStringList& optional)
    {
        if (!value.isObject()) {
            fail(path, QCoreApplication::translate("Palier::ProgrammeDefinition", "expected an object"));
            return std::nullopt;
        }
        const QJsonObject object = value.toObject();
        for (const QString& key : object.keys()) {
            if (!required.contains(key) && !optional.contains(key)) {
                fail(member(path, key),
                     QCoreApplication::translate("Palier::ProgrammeDefinition",
                                                 "unknown field (check its spelling and the schemaVersion)"));
                return std::nullopt;
            }
        }
        for (const QString& key : required) {
            if (!object.contains(key)) {
                fail(member(path, key),
                     QCoreApplication::translate("Palier::ProgrammeDefinition", "this field is required"));
                return std::nullopt;
            }
        }
        return object;
    }

    /// A string field; an absent optional field reads as an empty string.
    std::optional<QString> string(const QJsonObject& object, const QString& path, const QString& key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            return QString();
        }
        if (!value.isString()) {
            fail(member(path, key), QCoreApplication::translate("Palier::ProgrammeDefinition", "expected a string"));
            return std::nullopt;
        }
        return value.toString();
    }

    /// A string field that holds some text besides spaces.
    std::optional<QString> text(const QJsonObject& object, const QString& path, const QString& key)
    {
        std::optional<QString> value = string(object, path, key);
        if (value && value->trimmed().isEmpty()) {
            fail(member(path, key), QCoreApplication::translate("Palier::ProgrammeDefinition", "must not be empty"));
            return std::nullopt;
        }
        return value;
    }

    /// A code: one word, e.g. "D2" or "P1.1".
    std::optional<QString> code(const QJsonObject& object, const QString& path, const QString& key)
    {
        static const QRegularExpression space(QStringLiteral("\\s"));
        std::optional<QString> value = text(object, path, key);
        if (value && value->contains(space)) {
            fail(member(path, key), QCoreApplication::translate("Palier::ProgrammeDefinition",
                                                                "\"%1\" contains a space: a code is one word, e.g. D2")
                                        .arg(*value));
            return std::nullopt;
        }
        return value;
    }

    std::optional<double> number(const QJsonObject& object, const QString& path, const QString& key)
    {
        const QJsonValue value = object.value(key);
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            fail(member(path, key), QCoreApplication::translate("Palier::ProgrammeDefinition", "expected a number"));
            return std::nullopt;
        }
        return value.toDouble();
    }

    /// A whole number between `min` and `max`.
    std::optional<int> integer(const QJsonObject& object, const QString& path, const QString& key, int min, int max)
    {
        const std::optional<double> value = number(object, path, key);
        if (!value) {
            return std::nullopt;
        }
        if (std::floor(*value) != *value || *value < min || *value > max) {
            fail(member(path, key),
                 QCoreApplication::translate("Palier::ProgrammeDefinition", "expected a whole number from %1 to %2")
                     .arg(min)
                     .arg(max));
            return std::nullopt;
        }
        return static_cast<int>(*value);
    }

    /// An optional true/false field.
    std::optional<bool> boolean(const QJsonObject& object, const QString& path, const QString& key, bool absent)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            return absent;
        }
        if (!value.isBool()) {
            fail(member(path, key),
                 QCoreApplication::translate("Palier::ProgrammeDefinition", "expected true or false"));
            return std::nullopt;
        }
        return value.toBool();
    }

    /// An array field; an absent optional field reads as an empty array.
    std::optional<QJsonArray> array(const QJsonObject& object, const QString& path, const QString& key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            return QJsonArray();
        }
        if (!value.isArray()) {
            fail(member(path, key), QCoreApplication::translate("Palier::ProgrammeDefinition", "expected an array"));
            return std::nullopt;
        }
        return value.toArray();
    }

    /// A calendar date written YYYY-MM-DD.
    std::optional<QDate> date(const QJsonObject& object, const QString& path, const QString& key)
    {
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const std::optional<QString> value = string(object, path, key);
        if (!value) {
            return std::nullopt;
        }
        const QDate date =
            shape.match(*value).hasMatch() ? QDate::fromString(*value, QStringLiteral("yyyy-MM-dd")) : QDate();
        if (!date.isValid()) {
            fail(member(path, key),
                 QCoreApplication::translate("Palier::ProgrammeDefinition", "\"%1\" is not a date (YYYY-MM-DD)")
                     .arg(*value));
            return std::nullopt;
        }
        return date;
    }

    /// An amount in euros (at most two decimals), returned in cents.
    std::optional<qint64> euros(const QJsonObject& object, const QString& path, const QString& key)
    {
        // A billion euros: far above any envelope, far below the point where doubles lose cents.
        constexpr double maxEuros = 1e9;
        const std::optional<double> value = number(object, path, key);
        if (!value) {
            return std::nullopt;
        }
        const double cents = *value * 100;
        const qint64 rounded = std::llround(cents);
        if (*value < 0 || *value > maxEuros || std::abs(cents - static_cast<double>(rounded)) > 1e-6) {
            fail(member(path, key),
                 QCoreApplication::translate("Palier::ProgrammeDefinition",
                                             "expected an amount in euros from 0 to 1000000000, with at most two "
                                             "decimals"));
            return std::nullopt;
        }
        return rounded;
    }

    /// A string field naming one value of an enumeration; `fromCode` reads it, `refusal` ("%1" is the string
    /// read) is marked with QT_TRANSLATE_NOOP.
    template <typename T>
    std::optional<T> choice(const QJsonObject& object, const QString& path, const QString& key,
                            std::optional<T> (*fromCode)(QStringView), const char* refusal)
    {
        const std::optional<QString> code = string(object, path, key);
        const std::optional<T> value = code ? fromCode(*code) : std::nullopt;
        if (code && !value) {
            fail(member(path, key), QCoreApplication::translate("Palier::ProgrammeDefinition", refusal).arg(*code));
        }
        return value;
    }

private:
    std::optional<ProgrammeFault> m_fault;
};

/// Where each code was first seen, so that a duplicate names the first use.
using CodePaths = QHash<QString, QString>;

inline bool claimCode(Reader& reader, CodePaths& seen, const QString& code, const QString& path)
{
    const auto existing = seen.constFind(code);
    if (existing != seen.cend()) {
        return reader.fail(member(path, QStringLiteral("code")),
                           QCoreApplication::translate("Palier::ProgrammeDefinition", "\"%1\" is already used at %2")
                               .arg(code, *existing));
    }
    seen.insert(code, path);
    return true;
}

} // namespace Palier::JsonFields
