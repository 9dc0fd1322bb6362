package io.wataomi.entities.broad.types;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Auto-applied: every Rgb attribute becomes a 7-character varchar without further annotation. */
@Converter(autoApply = true)
public class RgbConverter implements AttributeConverter<Rgb, String> {
    @Override
    public String convertToDatabaseColumn(Rgb rgb) {
        return rgb == null ? null : String.format("#%02x%02x%02x", rgb.red(), rgb.green(), rgb.blue());
    }

    @Override
    public Rgb convertToEntityAttribute(String s) {
        return s == null ? null : new Rgb(Integer.parseInt(s.substring(1, 3), 16), Integer.parseInt(s.substring(3, 5), 16),
                Integer.parseInt(s.substring(5, 7), 16));
    }
}
