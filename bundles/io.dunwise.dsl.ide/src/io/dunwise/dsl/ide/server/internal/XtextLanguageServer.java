package io.dunwise.dsl.ide.server.internal;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.dunwise.dsl.ide.DunwiseIdeSetup;
import io.dunwise.dsl.ide.server.StrategyLanguageServer;
import io.dunwise.dsl.strategies.StrategyLanguage;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Xtext's language server for the strategy language. Inside OSGi the language is handed to the server directly
 * (Xtext's own lookup uses {@code java.util.ServiceLoader}, which does not see bundles), with the action types
 * of the handlers installed now (R18).
 */
@Component(service = StrategyLanguageServer.class)
public class XtextLanguageServer implements StrategyLanguageServer {

    private final Injector ide;

    @Activate
    public XtextLanguageServer(@Reference StrategyLanguage language) {
        this.ide = new DunwiseIdeSetup(language.actionTypes()).createInjector();
    }

    @Override
    public void serve(InputStream in, OutputStream out) throws InterruptedException {
        // the server's resource sets create *.dun resources through EMF's global registry: they must be
        // resources of the IDE injector, whose grammar the content assist parser knows
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("dun",
                ide.getInstance(IResourceFactory.class));
        OneLineLog.install();
        ResourceServiceProviderRegistryImpl languages = new ResourceServiceProviderRegistryImpl();
        languages.getExtensionToFactoryMap().put("dun", ide.getInstance(IResourceServiceProvider.class));
        Injector server = Guice.createInjector(Modules2.mixin(new ServerModule(),
                binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(languages)));
        LanguageServerImpl languageServer = server.getInstance(LanguageServerImpl.class);
        Launcher<LanguageClient> launcher = new ResilientLauncher(in).setLocalService(languageServer)
                .setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out).create();
        languageServer.connect(launcher.getRemoteProxy());
        try {
            launcher.startListening().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the language server stopped: " + e.getCause().getMessage(), e);
        }
    }

    /** LSP4J's launcher with {@link FramedMessages} reading the client's messages instead of LSP4J's own reader. */
    private static final class ResilientLauncher extends Launcher.Builder<LanguageClient> {
        private final InputStream in;
        private MessageJsonHandler json;
        private RemoteEndpoint endpoint;

        ResilientLauncher(InputStream in) {
            this.in = in;
        }

        @Override
        protected MessageJsonHandler createJsonHandler() {
            json = super.createJsonHandler();
            return json;
        }

        @Override
        protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler handler) {
            endpoint = super.createRemoteEndpoint(handler);
            return endpoint;
        }

        @Override
        protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer reader, MessageConsumer consumer,
                LanguageClient client) {
            return super.createMessageProcessor(new FramedMessages(in, json, endpoint), consumer, client);
        }
    }
}
