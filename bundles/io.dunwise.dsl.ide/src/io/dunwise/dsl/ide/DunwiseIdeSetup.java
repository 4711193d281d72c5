package io.dunwise.dsl.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.dunwise.dsl.DunwiseRuntimeModule;
import io.dunwise.dsl.DunwiseStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

/**
 * Initialization support for running Xtext languages as language servers.
 */
public class DunwiseIdeSetup extends DunwiseStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new DunwiseRuntimeModule(), new DunwiseIdeModule()));
	}
	
}
