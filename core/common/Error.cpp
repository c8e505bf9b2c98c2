// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Error.h"

namespace postbag {

ErrorKind kindOf(ErrorCode code)
{
    switch (code) {
    case ErrorCode::ServerRejected:
    case ErrorCode::MailboxInUse:
    case ErrorCode::LoginDelay:
    case ErrorCode::ServerTemporary:
    case ErrorCode::ServerPermanent:
    case ErrorCode::CommandUnsupported:
    case ErrorCode::NoSuchMessage:
    case ErrorCode::SenderRejected:
    case ErrorCode::RecipientRejected:
    case ErrorCode::MessageTooBig:
    case ErrorCode::RateLimited:
    case ErrorCode::EightBitUnsupported:
    case ErrorCode::Utf8AddressUnsupported:
        return ErrorKind::Command;
    case ErrorCode::MalformedResponse:
    case ErrorCode::LineTooLong:
    case ErrorCode::UnexpectedEnd:
    case ErrorCode::PipeliningBroken:
    case ErrorCode::MessageTooLarge:
        return ErrorKind::Protocol;
    case ErrorCode::HostNotFound:
    case ErrorCode::ConnectionRefused:
    case ErrorCode::ConnectTimeout:
    case ErrorCode::ResponseTimeout:
    case ErrorCode::ConnectionClosed:
    case ErrorCode::NetworkError:
    case ErrorCode::DeliveryUncertain:
        return ErrorKind::Transport;
    case ErrorCode::TlsHandshakeFailed:
    case ErrorCode::CertificateUntrusted:
    case ErrorCode::CertificatePinMismatch:
    case ErrorCode::StlsUnavailable:
    case ErrorCode::EncryptionRequired:
        return ErrorKind::Tls;
    case ErrorCode::WrongCredentials:
    case ErrorCode::NoUsableMechanism:
    case ErrorCode::InsecureAuthRefused:
    case ErrorCode::CredentialsUnavailable:
    case ErrorCode::CredentialsNotStored:
    case ErrorCode::PasswordLoginDisabled:
    case ErrorCode::AuthenticationRequired:
    case ErrorCode::StateMismatch:
    case ErrorCode::ProviderError:
    case ErrorCode::SignInAgain:
        return ErrorKind::Auth;
    case ErrorCode::StorageFailed:
    case ErrorCode::DiskFull:
    case ErrorCode::StoreCorrupt:
    case ErrorCode::StoreBusy:
        return ErrorKind::Storage;
    case ErrorCode::MimeUnparseable:
    case ErrorCode::InvalidAddress:
        return ErrorKind::Mime;
    case ErrorCode::InvalidSetting:
    case ErrorCode::NoOutgoingServer:
    case ErrorCode::UnsafeArgument:
    case ErrorCode::OAuthClientMissing:
        return ErrorKind::Config;
    case ErrorCode::Cancelled:
        return ErrorKind::Cancelled;
    }
    return ErrorKind::Protocol;
}

QString codeName(ErrorCode code)
{
    switch (code) {
#define POSTBAG_CODE(c)                                                                            \
    case ErrorCode::c:                                                                             \
        return QStringLiteral(#c);
        POSTBAG_CODE(ServerRejected)
        POSTBAG_CODE(MailboxInUse)
        POSTBAG_CODE(LoginDelay)
        POSTBAG_CODE(ServerTemporary)
        POSTBAG_CODE(ServerPermanent)
        POSTBAG_CODE(CommandUnsupported)
        POSTBAG_CODE(NoSuchMessage)
        POSTBAG_CODE(SenderRejected)
        POSTBAG_CODE(RecipientRejected)
        POSTBAG_CODE(MessageTooBig)
        POSTBAG_CODE(RateLimited)
        POSTBAG_CODE(EightBitUnsupported)
        POSTBAG_CODE(Utf8AddressUnsupported)
        POSTBAG_CODE(DeliveryUncertain)
        POSTBAG_CODE(EncryptionRequired)
        POSTBAG_CODE(PasswordLoginDisabled)
        POSTBAG_CODE(AuthenticationRequired)
        POSTBAG_CODE(MalformedResponse)
        POSTBAG_CODE(LineTooLong)
        POSTBAG_CODE(UnexpectedEnd)
        POSTBAG_CODE(PipeliningBroken)
        POSTBAG_CODE(MessageTooLarge)
        POSTBAG_CODE(HostNotFound)
        POSTBAG_CODE(ConnectionRefused)
        POSTBAG_CODE(ConnectTimeout)
        POSTBAG_CODE(ResponseTimeout)
        POSTBAG_CODE(ConnectionClosed)
        POSTBAG_CODE(NetworkError)
        POSTBAG_CODE(TlsHandshakeFailed)
        POSTBAG_CODE(CertificateUntrusted)
        POSTBAG_CODE(CertificatePinMismatch)
        POSTBAG_CODE(StlsUnavailable)
        POSTBAG_CODE(WrongCredentials)
        POSTBAG_CODE(NoUsableMechanism)
        POSTBAG_CODE(InsecureAuthRefused)
        POSTBAG_CODE(CredentialsUnavailable)
        POSTBAG_CODE(CredentialsNotStored)
        POSTBAG_CODE(StateMismatch)
        POSTBAG_CODE(ProviderError)
        POSTBAG_CODE(SignInAgain)
        POSTBAG_CODE(OAuthClientMissing)
        POSTBAG_CODE(StorageFailed)
        POSTBAG_CODE(DiskFull)
        POSTBAG_CODE(StoreCorrupt)
        POSTBAG_CODE(StoreBusy)
        POSTBAG_CODE(MimeUnparseable)
        POSTBAG_CODE(InvalidAddress)
        POSTBAG_CODE(InvalidSetting)
        POSTBAG_CODE(NoOutgoingServer)
        POSTBAG_CODE(UnsafeArgument)
        POSTBAG_CODE(Cancelled)
#undef POSTBAG_CODE
    }
    return QStringLiteral("Unknown");
}

static QString kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Command:
        return QStringLiteral("Command");
    case ErrorKind::Protocol:
        return QStringLiteral("Protocol");
    case ErrorKind::Transport:
        return QStringLiteral("Transport");
    case ErrorKind::Tls:
        return QStringLiteral("Tls");
    case ErrorKind::Auth:
        return QStringLiteral("Auth");
    case ErrorKind::Storage:
        return QStringLiteral("Storage");
    case ErrorKind::Mime:
        return QStringLiteral("Mime");
    case ErrorKind::Config:
        return QStringLiteral("Config");
    case ErrorKind::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return {};
}

Error Error::make(ErrorCode code, QString serverText)
{
    Error e;
    e.code = code;
    e.kind = kindOf(code);
    e.serverText = std::move(serverText);
    return e;
}

Error::Recovery Error::recovery() const
{
    switch (code) {
    case ErrorCode::MailboxInUse:
    case ErrorCode::LoginDelay:
    case ErrorCode::ServerTemporary:
    case ErrorCode::ConnectTimeout:
    case ErrorCode::ResponseTimeout:
    case ErrorCode::ConnectionClosed:
    case ErrorCode::NetworkError:
    case ErrorCode::ConnectionRefused:
    case ErrorCode::HostNotFound:
    case ErrorCode::StoreBusy:
    case ErrorCode::RateLimited:
        return Recovery::Temporary;
    case ErrorCode::WrongCredentials:
    case ErrorCode::NoUsableMechanism:
    case ErrorCode::InsecureAuthRefused:
    case ErrorCode::CredentialsUnavailable:
    case ErrorCode::CertificateUntrusted:
    case ErrorCode::CertificatePinMismatch:
    case ErrorCode::StlsUnavailable:
    case ErrorCode::InvalidSetting:
    case ErrorCode::NoOutgoingServer:
    case ErrorCode::UnsafeArgument:
    case ErrorCode::SenderRejected:
    case ErrorCode::RecipientRejected:
    case ErrorCode::MessageTooBig:
    case ErrorCode::EightBitUnsupported:
    case ErrorCode::Utf8AddressUnsupported:
    case ErrorCode::EncryptionRequired:
    case ErrorCode::PasswordLoginDisabled:
    case ErrorCode::AuthenticationRequired:
    case ErrorCode::InvalidAddress:
    case ErrorCode::SignInAgain:
    case ErrorCode::ProviderError:
    case ErrorCode::OAuthClientMissing:
        return Recovery::NeedsUser;
    default:
        return Recovery::Unknown;
    }
}

QString Error::codeName() const
{
    return postbag::codeName(code);
}

QString Error::toLogString() const
{
    QString s = kindName(kind) + u'/' + codeName();
    if (!responseCode.isEmpty())
        s += QStringLiteral(" [") + QString::fromLatin1(responseCode) + u']';
    if (!serverText.isEmpty())
        s += u' ' + serverText;
    return s;
}

} // namespace postbag
