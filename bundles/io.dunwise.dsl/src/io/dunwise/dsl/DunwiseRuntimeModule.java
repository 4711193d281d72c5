package io.dunwise.dsl;

import com.google.inject.Binder;
import io.dunwise.dsl.actions.ActionTypeCatalog;
import io.dunwise.dsl.conversion.DunwiseValueConverters;
import io.dunwise.dsl.formatting.DunwiseFormatter;
import io.dunwise.dsl.messages.DunwiseLinkingMessages;
import io.dunwise.dsl.messages.DunwiseSyntaxErrors;
import io.dunwise.dsl.naming.DunwiseIndexing;
import io.dunwise.dsl.naming.DunwiseQualifiedNames;
import io.dunwise.dsl.parsing.GuardedParser;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.FormatterPreferenceValuesProvider;
import org.eclipse.xtext.formatting2.FormatterPreferences;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;

/** Guice bindings of the strategy language's runtime services, where they differ from the generated ones. */
public class DunwiseRuntimeModule extends AbstractDunwiseRuntimeModule {

    private final ActionTypeCatalog actionTypes;

    /** The language with its built-in action types only (tests, tools without installed handlers). */
    public DunwiseRuntimeModule() {
        this(new ActionTypeCatalog());
    }

    /** The language with the action types of {@code actionTypes}, which installed handlers keep up to date. */
    public DunwiseRuntimeModule(ActionTypeCatalog actionTypes) {
        this.actionTypes = actionTypes;
    }

    public void configureActionTypes(Binder binder) {
        binder.bind(ActionTypeCatalog.class).toInstance(actionTypes);
    }

    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return DunwiseValueConverters.class;
    }

    /** Parses every text with the nesting guard (R1, issue 18 §3). */
    @Override
    public Class<? extends IParser> bindIParser() {
        return GuardedParser.class;
    }

    @Override
    public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
        return DunwiseQualifiedNames.class;
    }

    public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
        return DunwiseIndexing.class;
    }

    public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return DunwiseSyntaxErrors.class;
    }

    public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return DunwiseLinkingMessages.class;
    }

    public Class<? extends IFormatter2> bindIFormatter2() {
        return DunwiseFormatter.class;
    }

    public void configureFormatterPreferences(Binder binder) {
        binder.bind(IPreferenceValuesProvider.class).annotatedWith(FormatterPreferences.class)
                .to(FormatterPreferenceValuesProvider.class);
    }
}
