// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/text/ErrorText.h"

#include "core/mailbox/FileProblem.h"

#include <QCoreApplication>

namespace postbag::ui {

namespace {
// The context lupdate gives tr() calls in ErrorText's member functions.
QString tr(const char* text)
{
    return QCoreApplication::translate("postbag::ui::ErrorText", text);
}

} // namespace

// "Could not connect to <host> on port <port>" with as much as is known.
QString ErrorText::couldNotConnect(const QString& host, int port)
{
    if (host.isEmpty()) {
        return tr("Could not connect to the server");
    }
    if (port <= 0) {
        //: %1 is a host name; followed by ": <reason>"
        return tr("Could not connect to %1").arg(host);
    }
    //: %1 is a host name, %2 a port number; followed by ": <reason>"
    return tr("Could not connect to %1 on port %2").arg(host).arg(port);
}

QString ErrorText::portAdvice(int port)
{
    //: Shown when a connection failed; %1 is the port number
    return port > 0 ? tr("Check that %1 is the right port: POP3 uses 995 for SSL/TLS and 110 for "
                         "STARTTLS or no encryption.")
                          .arg(port)
                    : tr("Check the port: POP3 uses 995 for SSL/TLS and 110 for STARTTLS or no "
                         "encryption.");
}

ErrorText ErrorText::fileProblem(const Error& error)
{
    using mailbox::FileProblem;
    ErrorText t;
    switch (mailbox::problemOf(error)) {
    case FileProblem::Missing:
        t.what = tr("The file or folder does not exist.");
        break;
    case FileProblem::Unreadable:
        t.what = tr("The file could not be read.");
        t.advice = tr("Check that you may read it.");
        break;
    case FileProblem::NotMailbox:
        t.what = tr("This is not a mailbox Postbag can import.");
        t.advice = tr("Postbag imports mbox files, Maildir folders, Thunderbird folder trees and "
                      ".eml files.");
        break;
    case FileProblem::WriteFailed:
        t.what = tr("The file could not be written.");
        t.advice = tr("Check that the folder exists and that you may write to it.");
        break;
    case FileProblem::DiskFull:
        t.what = tr("The disk is full; the file was not written.");
        t.advice = tr("An existing file of that name is unchanged. Free some space and try again.");
        break;
    case FileProblem::None:
        break;
    }
    return t;
}

ErrorText ErrorText::describe(const Error& e, const ErrorContext& context)
{
    if (ErrorText file = fileProblem(e); !file.what.isEmpty())
        return file;
    const QString& host = context.host;
    const int port = context.port;
    const QString server = host.isEmpty() ? tr("the server") : host;
    const QString serverAtStart = host.isEmpty() ? tr("The server") : host;
    const QString connecting = couldNotConnect(host, port);
    ErrorText t;
    switch (e.code) {
    case ErrorCode::HostNotFound:
        //: %1 "Could not connect to <host>"
        t.what = tr("%1: the server name was not found.").arg(couldNotConnect(host, 0));
        t.advice = tr("Check the spelling of the server name and that you are online.");
        break;
    case ErrorCode::ConnectionRefused:
        //: %1 "Could not connect to <host> on port <port>"
        t.what = tr("%1: the server refused the connection.").arg(connecting);
        t.advice = portAdvice(port) + u' ' + tr("A firewall may also be rejecting the connection.");
        break;
    case ErrorCode::ConnectTimeout:
        //: %1 "Could not connect to <host> on port <port>"
        t.what = tr("%1: no answer.").arg(connecting);
        //: %1 a port number, %2 the advice about ports
        t.advice = port > 0 ? tr("A firewall may be blocking port %1, or the server is down. %2")
                                  .arg(QString::number(port), portAdvice(port))
                            //: %1 the advice about ports
                            : tr("A firewall may be blocking the port, or the server is down. %1")
                                  .arg(portAdvice(port));
        break;
    case ErrorCode::ResponseTimeout:
        t.what = tr("%1 stopped answering.").arg(serverAtStart);
        t.advice = tr("Postbag will try again later. If this keeps happening, the connection may "
                      "be unreliable or a firewall may be interfering.");
        break;
    case ErrorCode::ConnectionClosed:
    case ErrorCode::UnexpectedEnd:
    case ErrorCode::NetworkError:
        t.what = tr("The connection to %1 was lost.").arg(server);
        t.advice = tr("Nothing was lost; Postbag will continue where it stopped next time.");
        break;
    case ErrorCode::DeliveryUncertain:
        t.what = tr("The connection to %1 was lost after the message was handed over: it may "
                    "already have been sent.")
                     .arg(server);
        t.advice = tr("Postbag will not send it again by itself. Check with a recipient, then "
                      "resend it, mark it as sent or discard it.");
        break;
    case ErrorCode::TlsHandshakeFailed:
        //: %1 "Could not connect to <host> on port <port>"
        t.what = tr("%1: a secure connection could not be set up.").arg(connecting);
        t.advice =
            tr("Check the security setting: port 995 usually needs SSL/TLS, port 110 STARTTLS.");
        break;
    case ErrorCode::CertificateUntrusted:
        t.what = tr("The certificate of %1 is not trusted.").arg(server);
        t.advice = tr("If you know this server uses its own certificate, compare its fingerprint "
                      "with the one your provider publishes before trusting it.");
        break;
    case ErrorCode::CertificatePinMismatch:
        t.what =
            tr("%1 presented a different certificate than the one you trusted.").arg(serverAtStart);
        t.advice =
            tr("This can mean the server changed its certificate, or that someone is intercepting "
               "the connection. Ask your provider before trusting the new one.");
        break;
    case ErrorCode::StlsUnavailable:
        t.what = tr("%1 does not offer STARTTLS, so the password would travel unencrypted.")
                     .arg(serverAtStart);
        t.advice = tr("If your provider says this server offers STARTTLS, someone on the network "
                      "may be removing it: do not switch to an unencrypted connection. Otherwise "
                      "try SSL/TLS on port 995. Postbag never falls back to an unencrypted "
                      "connection by itself.");
        break;
    case ErrorCode::WrongCredentials:
        //: %1 a host name or "The server"
        t.what = tr("%1 rejected the user name or password.").arg(serverAtStart);
        t.advice = tr("Passwords are case-sensitive: check Caps Lock. Some providers need an app "
                      "password, or POP access enabled in their web settings.");
        break;
    case ErrorCode::PasswordLoginDisabled:
        //: %1 a host name or "The server"
        t.what = tr("%1 no longer accepts a password for this account.").arg(serverAtStart);
        t.advice = tr("The provider wants you to sign in through its own page (OAuth), or to "
                      "create an app password in its web settings and use that instead.");
        break;
    case ErrorCode::EncryptionRequired:
        t.what = tr("%1 requires an encrypted connection before logging in.").arg(serverAtStart);
        t.advice = tr("Choose SSL/TLS (usually port 465) or STARTTLS (usually port 587) for the "
                      "outgoing server.");
        break;
    case ErrorCode::InsecureAuthRefused:
        t.what = tr("Logging in would send the password unencrypted.");
        t.advice = tr(
            "Choose SSL/TLS or STARTTLS, or explicitly allow unencrypted login for this account.");
        break;
    case ErrorCode::NoUsableMechanism:
        t.what = tr("The server offers no login method Postbag may use.");
        t.advice = tr("Check the authentication setting of the account.");
        break;
    case ErrorCode::AuthenticationRequired:
        t.what = tr("%1 only accepts mail after logging in.").arg(serverAtStart);
        t.advice = tr("Turn on authentication for the outgoing server of this account.");
        break;
    case ErrorCode::CredentialsUnavailable:
        t.what = tr("The password could not be read.");
        t.advice =
            tr("If no keyring is available, store the password with a password command instead.");
        break;
    case ErrorCode::CredentialsNotStored:
        t.what = tr("The keyring did not store the password.");
        t.advice = tr("Unlock or start your desktop's keyring, or give the password with a "
                      "password command instead.");
        break;
    case ErrorCode::StateMismatch:
        t.what = tr("The sign-in page answered for another sign-in.");
        t.advice = tr("Close the other sign-in pages and sign in again.");
        break;
    case ErrorCode::ProviderError:
        t.what = e.serverText.isEmpty()
                     //: %1 the provider's error code, such as "access_denied"
                     ? tr("The provider refused the sign-in (%1).")
                           .arg(QString::fromUtf8(e.responseCode))
                     //: %1 the provider's error code, %2 its own description
                     : tr("The provider refused the sign-in (%1): “%2”.")
                           .arg(QString::fromUtf8(e.responseCode), e.serverText);
        break;
    case ErrorCode::SignInAgain:
        t.what = tr("The provider no longer accepts Postbag's sign-in for this account.");
        t.advice = tr("Sign in again in the account settings.");
        break;
    case ErrorCode::OAuthClientMissing:
        t.what = tr("This build of Postbag cannot sign in with this provider.");
        t.advice = tr("Use an app password if the provider offers one, or a build of Postbag "
                      "registered with the provider.");
        break;
    case ErrorCode::MailboxInUse:
        t.what = tr("The mailbox is in use by another program.");
        t.advice =
            tr("Another mail program may be downloading from it. Postbag will try again later.");
        break;
    case ErrorCode::LoginDelay:
        t.what = tr("The server asks to wait before logging in again.");
        t.advice = tr("Postbag will check less often for this account.");
        break;
    case ErrorCode::ServerTemporary:
        t.what = tr("%1 has a temporary problem.").arg(serverAtStart);
        t.advice = tr("Postbag will try again later; your password is fine.");
        break;
    case ErrorCode::RateLimited:
        t.what = tr("%1 is limiting how much mail this account may send.").arg(serverAtStart);
        t.advice = tr("Postbag will try again later. Providers often allow a few hundred "
                      "messages a day.");
        break;
    case ErrorCode::SenderRejected:
        t.what = tr("%1 does not let this account send from this address.").arg(serverAtStart);
        t.advice = tr("Choose another identity in From, or ask your provider to allow the "
                      "address for your login.");
        break;
    case ErrorCode::RecipientRejected:
        t.what = tr("%1 refused a recipient.").arg(serverAtStart);
        t.advice = tr("Check the address for typing mistakes.");
        break;
    case ErrorCode::MessageTooBig:
        t.what = tr("The message is too big for %1.").arg(server);
        t.advice = tr("Remove attachments or send them as a link.");
        break;
    case ErrorCode::EightBitUnsupported:
        t.what = tr("%1 does not accept 8-bit text, and this prepared message contains some.")
                     .arg(serverAtStart);
        t.advice = tr("Encode the message as 7-bit (quoted-printable or base64) before sending it, "
                      "or send it through another server.");
        break;
    case ErrorCode::Utf8AddressUnsupported:
        t.what = tr("%1 does not accept addresses with non-Latin letters before the @.")
                     .arg(serverAtStart);
        t.advice = tr("Ask the recipient for another address.");
        break;
    case ErrorCode::ServerPermanent:
    case ErrorCode::ServerRejected:
    case ErrorCode::CommandUnsupported:
    case ErrorCode::NoSuchMessage:
        t.what = tr("%1 refused a request.").arg(serverAtStart);
        break;
    case ErrorCode::MalformedResponse:
    case ErrorCode::LineTooLong:
    case ErrorCode::PipeliningBroken:
    case ErrorCode::MessageTooLarge:
        t.what = tr("%1 sent something that is not POP3.")
                     .arg(port > 0 ? QStringLiteral("%1:%2").arg(serverAtStart).arg(port)
                                   : serverAtStart);
        t.advice = portAdvice(port);
        break;
    case ErrorCode::DiskFull:
        t.what = tr("The disk is full.");
        t.advice = tr("Nothing was deleted from the server. Free some space and try again.");
        break;
    case ErrorCode::StorageFailed:
    case ErrorCode::StoreCorrupt:
        t.what = tr("The mail store could not be written.");
        t.advice = tr("Nothing was deleted from the server.");
        break;
    case ErrorCode::StoreBusy:
        t.what = tr("The mail store is busy: another program is writing to it.");
        t.advice = tr("Nothing was deleted from the server. Try again in a moment.");
        break;
    case ErrorCode::MimeUnparseable:
        t.what = tr("The message could not be read.");
        break;
    case ErrorCode::InvalidAddress:
        //: %1 is an email address as the user typed it
        t.what = tr("“%1” is not a valid email address.").arg(e.serverText);
        t.advice = tr("Correct the address and try again.");
        break;
    case ErrorCode::InvalidSetting:
        t.what = tr("A setting is not valid.");
        break;
    case ErrorCode::NoOutgoingServer:
        t.what = tr("This account has no outgoing server yet, so it cannot send mail.");
        t.advice = tr("Nothing was queued. Add the outgoing (SMTP) server in the account's "
                      "settings and send again.");
        break;
    case ErrorCode::UnsafeArgument:
        t.what = tr("The user name or password contains a line break or a NUL character.");
        t.advice = tr("Postbag never sends such a value to a server: it would be read as further "
                      "commands. Correct the user name or password of the account.");
        break;
    case ErrorCode::Cancelled:
        t.what = tr("Cancelled.");
        break;
    }
    if (!e.serverText.isEmpty() && e.kind == ErrorKind::Command)
        //: %1 is the server's own words
        t.what += u' ' + tr("The server said: “%1”.").arg(e.serverText);
    if (!context.account.isEmpty()) {
        //: An error about an account: %1 the account's name, %2 what happened
        t.what = tr("%1: %2").arg(context.account, t.what);
    }
    return t;
}

} // namespace postbag::ui
