package io.dunwise.actions.letter.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The configuration of the letter handler, PID {@code io.dunwise.actions.letter} (for example a {@code .cfg} file). */
@ObjectClassDefinition(id = LetterHandler.PID, name = "Dunwise collection letters",
        description = "Where collection letters are written as PDF files, and the sender printed in their head.")
public @interface LetterConfig {

    @AttributeDefinition(name = "Folder", description = "The folder the PDF files are written to; a relative folder"
            + " is under the working directory of the process that performs the actions.")
    String folder() default "letters";

    @AttributeDefinition(name = "Sender name", description = "The name in the letter head; when empty, the company"
            + " named in the strategies' parameters.")
    String sender_name() default "";

    @AttributeDefinition(name = "Sender address", description = "The address lines under the sender's name,"
            + " separated by line breaks (\\n).")
    String sender_address() default "";
}
