package io.dunwise.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local mailbox of demos, spoken to as a mail client would: where R14's emails can go without a provider. */
class LocalMailboxTest {

    /** Sends one message over SMTP, line by line, and checks each reply's code. */
    private static void send(int port, String from, List<String> to, String message) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8))) {
            OutputStream out = socket.getOutputStream();
            expect(in, "220");
            command(out, in, "EHLO test.example", "250");
            command(out, in, "MAIL FROM:<" + from + ">", "250");
            for (String recipient : to) {
                command(out, in, "RCPT TO:<" + recipient + ">", "250");
            }
            command(out, in, "DATA", "354");
            command(out, in, message.replace("\n", "\r\n") + ".", "250");
            command(out, in, "QUIT", "221");
        }
    }

    private static void command(OutputStream out, BufferedReader in, String line, String code) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        expect(in, code);
    }

    /** Reads a reply (its continuation lines too) and checks its code. */
    private static void expect(BufferedReader in, String code) throws IOException {
        String line;
        do {
            line = in.readLine();
            assertTrue(line != null && line.startsWith(code), "expected " + code + ", got " + line);
        } while (line.charAt(3) == '-');
    }

    @Test
    void everyMessageIsKeptAsAnEmlFileWithItsEnvelope(@TempDir Path folder) throws IOException {
        List<LocalMailbox.Arrival> arrivals = new ArrayList<>();
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T06:00:00Z"), ZoneOffset.UTC);
        try (LocalMailbox mailbox = LocalMailbox.start(0, folder.resolve("mailbox"), arrivals::add, clock)) {
            send(mailbox.port(), "ar@nordlys.example", List.of("anna@smith.example", "archive@nordlys.example"),
                    "From: Nordlys <ar@nordlys.example>\nTo: anna@smith.example\n"
                            + "Subject: =?UTF-8?Q?Faktura_I1_=C3=A4r_f=C3=B6rfallen?=\n\nHej Anna!\n");
            assertEquals(1, mailbox.count());
        }
        LocalMailbox.Arrival arrival = arrivals.get(0);
        assertEquals(LocalDateTime.parse("2026-11-23T06:00:00"), arrival.time());
        assertEquals("ar@nordlys.example", arrival.from());
        assertEquals(List.of("anna@smith.example", "archive@nordlys.example"), arrival.to());
        assertEquals("Faktura I1 är förfallen", arrival.subject());
        assertEquals(folder.resolve("mailbox").resolve("20261123-060000-0001.eml"), arrival.file());
        String kept = Files.readString(arrival.file());
        assertTrue(kept.startsWith("Return-Path: <ar@nordlys.example>\r\nDelivered-To: anna@smith.example\r\n"
                + "Delivered-To: archive@nordlys.example\r\nReceived: from test.example (localhost [127.0.0.1])"),
                kept);
        assertTrue(kept.contains("\r\nFrom: Nordlys <ar@nordlys.example>\r\n"), kept);
        assertTrue(kept.endsWith("\r\n\r\nHej Anna!\r\n"), kept);
        try (var files = Files.list(folder.resolve("mailbox"))) {
            assertEquals(1, files.count(), "no partial files left behind");
        }
    }

    @Test
    void theConsoleLineShowsNoControlCharacterOfTheSubject(@TempDir Path folder) throws IOException {
        // issue 18 §3b: ESC and CR of a subject (a customer's name in it) reached the terminal
        List<LocalMailbox.Arrival> arrivals = new ArrayList<>();
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T06:00:00Z"), ZoneOffset.UTC);
        try (LocalMailbox mailbox = LocalMailbox.start(0, folder, arrivals::add, clock)) {
            send(mailbox.port(), "ar@nordlys.example", List.of("anna@smith.example"),
                    "From: ar@nordlys.example\nSubject: =?UTF-8?Q?Acme=1B]0;pwned=07=1B[2J_Ltd=0Dfake?=\n\nHej!\n");
        }
        LocalMailbox.Arrival arrival = arrivals.get(0);
        assertEquals("Acme\u001b]0;pwned\u0007\u001b[2J Ltd\rfake", arrival.subject(), "kept as sent");
        assertEquals("2026-11-23 06:00:00  ar@nordlys.example -> anna@smith.example  Acme?]0;pwned??[2J Ltd?fake",
                arrival.line());
    }

    @Test
    void aTakenPortIsSaidSo(@TempDir Path folder) throws IOException {
        try (LocalMailbox first = LocalMailbox.start(0, folder, arrival -> { }, Clock.systemUTC())) {
            BadInputException taken = assertThrows(BadInputException.class,
                    () -> LocalMailbox.start(first.port(), folder, arrival -> { }, Clock.systemUTC()));
            assertTrue(taken.getMessage().startsWith("the mailbox cannot listen on port " + first.port()),
                    taken.getMessage());
        }
    }
}
