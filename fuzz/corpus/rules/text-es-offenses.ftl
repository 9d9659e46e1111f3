# Texto en español para rules/offenses.ron. Cada id que nombra el archivo de reglas debe estar aquí, en cada idioma.
# Estos nombres se usan solos y dentro de frases como "el cargo era por { $value }" (ver facts.ftl),
# por eso son frases nominales o infinitivos sin artículo al principio.

offense-c272_53_walker = deambular de noche o por la calle (common night walking o common street walking)
offense-c272_53_other = alguna otra conducta del §53(a), como alteración del orden público o conducta lasciva
offense-c272_53A_a = conducta sexual a cambio de pago
offense-c272_26 = frecuentar restaurantes o tabernas con fines inmorales
offense-c94C_34 = posesión de una sustancia controlada
offense-c272_53A_b = pagar por conducta sexual
offense-c272_53A_c = pagar por conducta sexual con una persona menor de edad
offense-c272_2 = atraer a una persona para la prostitución
offense-c272_4A = inducir a una persona menor de edad a la prostitución
offense-c272_4B = compartir ganancias de la prostitución
offense-c272_6 = permitir que un lugar se use para la prostitución
offense-c272_7 = vivir de las ganancias de la prostitución
offense-c272_8 = solicitar en nombre de otra persona
offense-c272_12 = conseguir a una persona para la prostitución
offense-c272_13 = retener a una persona para la prostitución
offense-c272_24 = mantener una casa de prostitución
offense-c265_26D = atraer a una persona menor de edad por internet
offense-c265_50 = trata de personas con fines de servidumbre sexual
offense-c265_51 = trata de personas con fines de servicios forzados
offense-c265_52 = un delito de trata de personas del c.265 §52
offense-another_misdemeanor = algún otro delito (un delito menor)
offense-another_felony = algún otro delito (un delito grave)
offense-group-c272_53 = alguna conducta del §53(a), sin saber qué parte
