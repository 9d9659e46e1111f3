# Texto en español para rules/offenses.ron. Cada id que nombra el archivo de reglas debe estar aquí, en cada idioma.
# Estos nombres se usan solos y dentro de frases como "el cargo era por { $value }" (ver facts.ftl),
# por eso son frases nominales o infinitivos sin artículo al principio.

offense-c272_53_walker = deambular de noche o por la calle (common night walking o common street walking)
offense-c272_53_other = abordar o molestar a otra persona (accosting or annoying), conducta lasciva, exhibición indecente (indecent exposure) o mantener una casa ruidosa
offense-c272_53_b = alteración del orden público (disorderly conduct) o perturbación de la paz (disturbing the peace)
offense-c272_53A_a = conducta sexual a cambio de pago
offense-c272_26 = frecuentar restaurantes o tabernas con fines inmorales
offense-c94C_34_misdemeanor = posesión de una sustancia controlada (no heroína por segunda vez o más)
offense-c94C_34_heroin_subsequent = posesión de heroína, por segunda vez o más
offense-c268_34A = dar un nombre o un número de Seguro Social falso después de un arresto
offense-c272_53A_b = pagar por conducta sexual
offense-c272_53A_c = pagar por conducta sexual con una persona menor de edad
offense-c272_2 = atraer a una persona para la prostitución
offense-c272_3 = drogar a una persona para tener relaciones sexuales
offense-c272_4A = inducir a una persona menor de edad a la prostitución
offense-c272_4B = vivir de las ganancias de la prostitución de una persona menor de edad, o compartirlas
offense-c272_6 = permitir que un lugar se use para la prostitución
offense-c272_7 = vivir de las ganancias de la prostitución de una persona adulta, o compartirlas
offense-c272_8 = solicitar en nombre de otra persona
offense-c272_12 = conseguir a una persona para la prostitución
offense-c272_13 = retener a una persona para la prostitución
offense-c272_24 = mantener una casa de prostitución
offense-c265_26D = atraer a una persona menor de edad por internet
offense-c265_50 = trata de personas con fines de servidumbre sexual
offense-c265_51 = trata de personas con fines de servicios forzados
offense-c265_52 = trata de personas, por segunda vez o más
offense-another_misdemeanor = algún otro delito (un delito menor)
offense-another_felony = algún otro delito (un delito grave)
offense-another_excluded_misdemeanor = algún otro delito (un delito menor) según las leyes sobre licencias de armas de fuego, el c.268 o el c.268A
offense-another_excluded_felony = algún otro delito (un delito grave) según las leyes sobre licencias de armas de fuego, el c.268 o el c.268A
offense-group-c272_53 = alguna conducta del c.272 §53, sin saber qué parte
offense-group-c272_53_not_walking = alguna conducta del c.272 §53 que no es deambular de noche o por la calle, sin saber cuál
offense-group-c94C_34 = posesión de una sustancia controlada, sin saber si fue heroína por segunda vez o más

## Otras palabras con que se conoce cada cargo, para la búsqueda del selector de cargos (frases separadas
## por ";"). Las frases de los tribunales, en inglés, están en text/en/offenses.ftl y se buscan en todos
## los idiomas.
offense-c272_53_walker-also = caminar por la calle; merodear para la prostitución
offense-c272_53A_a-also = prostitución; sexo por dinero; vender sexo; solicitación
offense-c272_53A_b-also = comprar sexo; pagar por sexo
offense-c94C_34_misdemeanor-also = posesión de drogas
offense-c268_34A-also = nombre falso
offense-c272_24-also = burdel; prostíbulo
offense-c265_50-also = trata sexual; trata de personas
offense-c265_51-also = trata laboral; trabajo forzoso
