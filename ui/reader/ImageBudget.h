// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>

namespace postbag::ui {

// Decodes the pictures of one message within a pixel budget. Why: a picture can decode to far
// more than it weighs (a few hundred KB of PNG holding 8192 x 8192 pixels is 256 MB), and a
// message may hold many. Guarantees: the size is read from the header before any pixel is
// decoded; a picture over kMaxPixels, or over what is left of the budget, yields a null image
// (shown as a placeholder), and nothing it would have decoded is allocated. Only PNG, JPEG, GIF
// and WebP are decoded, each by its own plugin chosen from the bytes: no other image plugin
// (SVG, which can name other files, TIFF, XPM, BMP ...) ever sees mail data. This is the one
// place the reader decodes a picture, inline (cid:) or remote.
class ImageBudget
{
public:
    static constexpr qint64 kMaxPixels = 16'000'000;    // one picture
    static constexpr qint64 kBudgetPixels = 64'000'000; // a message's, ~256 MB at 32 bits

    explicit ImageBudget(qint64 budgetPixels = kBudgetPixels)
        : m_budget(budgetPixels), m_left(budgetPixels)
    {
    }

    [[nodiscard]] QImage decode(const QByteArray& data);
    // "png", "jpeg", "gif" or "webp" from the first bytes; empty for anything else.
    [[nodiscard]] static QByteArray formatOf(const QByteArray& data);
    void reset() { m_left = m_budget; }
    [[nodiscard]] qint64 left() const { return m_left; }

private:
    qint64 m_budget;
    qint64 m_left;
};

} // namespace postbag::ui
