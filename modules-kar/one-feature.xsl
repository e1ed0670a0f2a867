<?xml version="1.0" encoding="UTF-8"?>
<!--
  Extracts one feature from the IKZ features repository into a repository of its own, for a module KAR.
  Parameters: feature (its name), repository (the name of the new repository). Fails if the feature is missing.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:param name="feature"/>
  <xsl:param name="repository"/>
  <xsl:output method="xml" indent="yes" encoding="UTF-8"/>
  <xsl:strip-space elements="*"/>

  <xsl:template match="/*[local-name() = 'features']">
    <xsl:if test="count(*[local-name() = 'feature' and @name = $feature]) != 1">
      <xsl:message terminate="yes">feature '<xsl:value-of select="$feature"/>' not found exactly once in the features repository</xsl:message>
    </xsl:if>
    <xsl:element name="features" namespace="{namespace-uri()}">
      <xsl:attribute name="name"><xsl:value-of select="$repository"/></xsl:attribute>
      <xsl:copy-of select="*[local-name() = 'feature' and @name = $feature]"/>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
