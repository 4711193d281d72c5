package io.dunwise.cli.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Header text as a reader sees it: RFC 2047 encoded words ({@code =?UTF-8?Q?Faktura_I1_=C3=A4r?=}) decoded, the
 * white space between two of them dropped as the RFC says. A word that cannot be decoded stays as it is.
 */
final class EncodedWords {

    private static final Pattern WORD = Pattern.compile("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("(\\?=)\\s+(=\\?)");

    private EncodedWords() {
    }

    static String decode(String header) {
        Matcher word = WORD.matcher(BETWEEN_WORDS.matcher(header).replaceAll("$1$2"));
        StringBuilder text = new StringBuilder();
        while (word.find()) {
            word.appendReplacement(text, Matcher.quoteReplacement(decode(word.group(1), word.group(2),
                    word.group(3)).orElse(word.group())));
        }
        word.appendTail(text);
        return text.toString();
    }

    private static Optional<String> decode(String charsetName, String encoding, String encoded) {
        try {
            Charset charset = Charset.forName(charsetName.replaceAll("\\*.*$", ""));
            byte[] bytes = encoding.equalsIgnoreCase("B") ? Base64.getMimeDecoder().decode(encoded) : q(encoded);
            return Optional.of(new String(bytes, charset));
        } catch (IllegalArgumentException unknownCharsetOrBadEncoding) {
            return Optional.empty();
        }
    }

    /** The "Q" encoding: {@code _} is a space, {@code =XX} a byte. */
    private static byte[] q(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '_') {
                bytes.write(' ');
            } else if (c == '=' && i + 2 < encoded.length()) {
                bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }
}
