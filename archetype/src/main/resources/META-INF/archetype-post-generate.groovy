// Checks the properties once more after generation: the archetype plugin checks validationRegex only when it asks
// interactively, not in batch mode (-B or every property given with -D). On a refusal the generated folder and the
// <module> line the plugin added to modules/pom.xml are removed again, so nothing is left half-made.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths

def p = request.properties
def rules = [
    moduleId   : [/[a-z][a-z0-9]*(-[a-z0-9]+)*/, 'lower-case letters, digits and single dashes, starting with a letter (e.g. fruehe-hilfen)'],
    tablePrefix: [/[a-z][a-z0-9_]{0,29}/, 'lower-case letters, digits and underscores, starting with a letter, at most 30 characters'],
    package    : [/[a-z][a-z0-9]*(\.[a-z][a-z0-9]*)*/, 'a Java package name in lower case (e.g. de.ikz.fruehehilfen)'],
]
def errors = rules.findAll { key, rule -> !((p.getProperty(key) ?: '') ==~ rule[0]) }
        .collect { key, rule -> "Error in ${key}: '${p.getProperty(key)}' is not allowed: ${rule[1]}" }
if (request.artifactId != p.getProperty('moduleId')) {
    errors << "Error in artifactId: the module's folder is named after the module id; leave artifactId out (got '${request.artifactId}')"
}
if (errors) {
    Path dir = Paths.get(request.outputDirectory, request.artifactId)
    if (Files.isDirectory(dir)) {
        dir.toFile().deleteDir()
    }
    File parentPom = new File(request.outputDirectory, 'pom.xml')
    if (parentPom.isFile()) {
        String pom = parentPom.getText('UTF-8')
        String cleaned = pom.replaceFirst('\\s*<module>' + java.util.regex.Pattern.quote(request.artifactId) + '</module>', '')
        if (cleaned != pom) {
            parentPom.write(cleaned, 'UTF-8')
        }
    }
    throw new IllegalArgumentException(errors.join('\n'))
}
