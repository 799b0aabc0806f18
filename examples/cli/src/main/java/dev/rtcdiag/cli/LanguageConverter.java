package dev.rtcdiag.cli;

import dev.rtcdiag.catalog.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code --lang} values ({@code en}, {@code fa}, {@code ru}, {@code tr}) with a clear error. */
final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
        return Language.find(value).orElseThrow(() -> new TypeConversionException(
                "unsupported language '" + value + "' (supported: en, fa, ru, tr)"));
    }
}
