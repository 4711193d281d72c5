package io.dunwise.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.actions.api.Template;
import io.dunwise.model.DunwiseFactory;
import io.dunwise.model.EmailTemplate;
import io.dunwise.model.StrategyFile;
import io.dunwise.model.TemplateVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R14, issue 18 §3b: a run reads body files by the rule validation checked, again, when it reads them. A file that
 * became a link out of the strategy folder after {@code validate} (or was never validated) is not mailed out.
 */
class HandlerTemplatesTest {

    @TempDir
    Path root;

    private Template.Message template(String bodyFile) {
        EmailTemplate email = DunwiseFactory.eINSTANCE.createEmailTemplate();
        email.setName("Mail");
        TemplateVersion version = DunwiseFactory.eINSTANCE.createTemplateVersion();
        version.setLanguage("en");
        version.setSubject("s");
        version.setBodyFile(bodyFile);
        email.getVersions().add(version);
        StrategyFile file = DunwiseFactory.eINSTANCE.createStrategyFile();
        file.getElements().add(email);
        new ResourceImpl(URI.createFileURI(root.resolve("strategies/mail.dun").toString())).getContents().add(file);
        return (Template.Message) new HandlerTemplates().of(email);
    }

    @Test
    void bodyFilesBesideTheStrategyFileAreRead() throws IOException {
        Files.createDirectories(root.resolve("strategies/templates"));
        Files.writeString(root.resolve("strategies/templates/mail.html"), "<p>{{contact.name}}</p>");
        assertEquals("<p>{{contact.name}}</p>", template("templates/mail.html").versions().get(0).body());
    }

    @Test
    void filesOutsideTheStrategyFolderAreNeverRead() throws IOException {
        Files.createDirectories(root.resolve("strategies"));
        Files.writeString(root.resolve("secret.txt"), "DUNWISE_DB_PASSWORD=secret");
        Files.createSymbolicLink(root.resolve("strategies/link.html"), root.resolve("secret.txt"));
        for (String outside : new String[] { "/etc/passwd", "/proc/self/environ", "../secret.txt", "link.html",
                "/dev/zero" }) {
            HandlerTemplates.UnreadableTemplate refused = assertThrows(HandlerTemplates.UnreadableTemplate.class,
                    () -> template(outside), outside);
            assertTrue(refused.getMessage().contains("is outside the strategy folder"), refused.getMessage());
        }
    }
}
